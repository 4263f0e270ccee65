#pragma once

#include <QLayout>
#include <QList>
#include <QStyle>

namespace Vigie {

// Lays widgets out left to right and wraps them onto the next line when the width runs out (the filter
// bars and tool rows above the tables), so a row of filters never forces the window wider than the
// screen. Items with a horizontal stretch (the search box) take what remains of their line. Based on
// Qt's Flow Layout example.
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int hSpacing = -1, int vSpacing = -1);
    ~FlowLayout() override;

    // `stretch` > 0: the item grows to fill its line (it is never narrower than its size hint).
    void addWidget(QWidget *widget, int stretch = 0);
    void addItem(QLayoutItem *item) override;
    int horizontalSpacing() const;
    int verticalSpacing() const;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QSize minimumSize() const override;
    void setGeometry(const QRect &rect) override;
    QSize sizeHint() const override;
    QLayoutItem *takeAt(int index) override;

private:
    int doLayout(const QRect &rect, bool testOnly) const;
    int smartSpacing(QStyle::PixelMetric pm) const;

    QList<QLayoutItem *> m_items;
    QList<int> m_stretch;
    int m_hSpace;
    int m_vSpace;
};

} // namespace Vigie
