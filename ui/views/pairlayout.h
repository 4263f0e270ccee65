#pragma once

#include <QLayout>
#include <QList>
#include <QStyle>

namespace Vigie {

// Lays rows of one or two widgets out: the two side by side in two columns of equal width when both
// columns fit, else one above the other, so a form of pairs (a date and a kind, an amount and a check
// box) narrows to a single column on a narrow screen instead of making the page scroll sideways. Its
// minimum width is the widest widget's; its height follows its width.
class PairLayout : public QLayout
{
public:
    explicit PairLayout(QWidget *parent = nullptr);
    ~PairLayout() override;

    // A row of two. `left` may be null: `right` stands in the right column (alone when stacked).
    void addRow(QWidget *left, QWidget *right);
    // A row of one widget as wide as both columns.
    void addRow(QWidget *whole);
    // Two columns at this width (the layout's own, margins included)?
    bool twoColumns(int width) const;
    // The least width with two columns (margins included).
    int twoColumnWidth() const;

    void addItem(QLayoutItem *item) override; // a whole row
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    enum class Place { Whole, Left, Right };
    struct Row
    {
        QLayoutItem *left = nullptr; // or the whole row's
        QLayoutItem *right = nullptr;
        bool whole = false;
    };
    QList<Row> rows() const;
    // The least width of each column, side by side.
    std::pair<int, int> columnMinimums() const;
    int horizontalSpacing() const;
    int verticalSpacing() const;
    int doLayout(const QRect &rect, bool testOnly) const;
    void add(QWidget *widget, Place place);

    QList<QLayoutItem *> m_items;
    QList<Place> m_places;
};

} // namespace Vigie
