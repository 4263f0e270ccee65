#pragma once

#include "model/health.h"

#include <QStyledItemDelegate>

namespace Vigie {

// The one delegate of Vigie's views:
// - cells with Roles::HealthRole are drawn as a coloured chip *with its word* ("Green", "Red"), in
//   colour-blind-safe shades (Okabe–Ito), so colour is never the only cue;
// - cells with Roles::ChoicesRole edit through a combo box;
// - text shown in the other language (Roles::FallbackRole) is drawn in italics.
class ItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ItemDelegate(QObject *parent = nullptr);

    static QColor chipColor(Health health);
    // The width a cell needs for the widest computed | declared chip of two colours in `font`, in the
    // current language ("Rouge | Jaune"), so that a declared colour is never cut to "Ver".
    static int splitChipWidth(const QFont &font);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace Vigie
