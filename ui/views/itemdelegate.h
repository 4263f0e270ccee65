#pragma once

#include "model/health.h"

#include <QStyledItemDelegate>

namespace Vigie {

// The one delegate of Vigie's views:
// - cells with Roles::HealthRole are drawn as a coloured chip *with its word* ("Green", "Red"), in the
//   charts' and the briefing's colour-blind-safe shades (ChartStyle), so colour is never the only cue and
//   a green on screen is the green of the printed page;
// - cells with Roles::ChoicesRole edit through a combo box;
// - text shown in the other language (Roles::FallbackRole) is drawn in italics;
// - a cell whose text is cut (a long measure title in a narrow column) shows its whole text as its
//   tooltip, above the model's own tooltip if it has one.
class ItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ItemDelegate(QObject *parent = nullptr);

    // A colour's chip: its fill, the text that reads on it, and the chip as rich text (panels, cards).
    static QColor chipColor(Health health);
    static QColor chipTextColor(Health health);
    static QString chipHtml(Health health);
    // The width a cell needs for the widest computed | declared chip of two colours in `font`, in the
    // current language ("Rouge | Jaune"), so that a declared colour is never cut to "Ver".
    static int splitChipWidth(const QFont &font);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // What a cell's tooltip says: its whole text if `option` (the cell as drawn) cuts it, then the
    // model's tooltip; empty when there is nothing to say.
    QString toolTip(const QStyleOptionViewItem &option, const QModelIndex &index) const;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Vigie
