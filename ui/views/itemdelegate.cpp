#include "itemdelegate.h"

#include "models/modelroles.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QPainter>

namespace Vigie {

ItemDelegate::ItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

QColor ItemDelegate::chipColor(Health health)
{
    switch (health) {
    case Health::Green: return QColor(0x00, 0x9E, 0x73);  // bluish green
    case Health::Yellow: return QColor(0xF0, 0xE4, 0x42); // yellow
    case Health::Red: return QColor(0xD5, 0x5E, 0x00);    // vermillion
    case Health::Unrated: break;
    }
    return QColor(0xD0, 0xD0, 0xD0);
}

void ItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(Roles::FallbackRole).toBool())
        option->font.setItalic(true);
}

void ItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariant health = index.data(Roles::HealthRole);
    if (!health.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QFontMetrics fm(opt.font);
    const int pad = fm.height() / 2;
    const int w = std::min(fm.horizontalAdvance(text) + 2 * pad, opt.rect.width() - 4);
    const int h = std::min(fm.height() + 4, opt.rect.height() - 2);
    const QRect chip(opt.rect.left() + 3, opt.rect.center().y() - h / 2, w, h);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const Health hv = Health(health.toInt());
    painter->setPen(hv == Health::Unrated ? QPen(QColor(0x90, 0x90, 0x90), 1, Qt::DashLine) : QPen(Qt::NoPen));
    painter->setBrush(chipColor(hv));
    painter->drawRoundedRect(chip, h / 2.0, h / 2.0);
    painter->setPen(Qt::black); // dark text reads on all four shades
    painter->setFont(opt.font);
    painter->drawText(chip, Qt::AlignCenter, fm.elidedText(text, Qt::ElideRight, chip.width() - 4));
    painter->restore();
}

QSize ItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(Roles::HealthRole).isValid())
        s.setWidth(s.width() + option.fontMetrics.height());
    return s;
}

QWidget *ItemDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    const QVariantList choices = index.data(Roles::ChoicesRole).toList();
    if (!choices.isEmpty()) {
        auto *combo = new QComboBox(parent);
        for (const QVariant &c : choices) {
            const QVariantMap m = c.toMap();
            combo->addItem(m.value(QStringLiteral("label")).toString(), m.value(QStringLiteral("value")));
        }
        combo->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
        return combo;
    }
    QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
    if (auto *spin = qobject_cast<QDoubleSpinBox *>(editor)) {
        // Money and FTEs are never negative; the default QLocale gives the decimal separator.
        spin->setMinimum(0.0);
        spin->setMaximum(1e12);
        spin->setGroupSeparatorShown(true);
    }
    if (editor)
        editor->setAccessibleName(index.model()->headerData(index.column(), Qt::Horizontal).toString());
    return editor;
}

void ItemDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ItemDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace Vigie
