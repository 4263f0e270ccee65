#include "itemdelegate.h"

#include "charts/chartstyle.h"
#include "model/limits.h"
#include "models/modelroles.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStringList>
#include <QTextDocument>
#include <QToolTip>

namespace Vigie {

ItemDelegate::ItemDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

namespace {
SeriesRole roleOf(Health health)
{
    switch (health) {
    case Health::Green: return SeriesRole::Green;
    case Health::Yellow: return SeriesRole::Yellow;
    case Health::Red: return SeriesRole::Red;
    case Health::Unrated: break;
    }
    return SeriesRole::Unrated;
}
} // namespace

QColor ItemDelegate::chipColor(Health health)
{
    return ChartStyle::color(roleOf(health));
}

QColor ItemDelegate::chipTextColor(Health health)
{
    return ChartStyle::textOn(roleOf(health));
}

QString ItemDelegate::chipHtml(Health health)
{
    return QStringLiteral("<span style=\"background-color:%1; color:%2;\">&nbsp;%3&nbsp;</span>")
        .arg(chipColor(health).name(), chipTextColor(health).name(), HealthText::label(health).toHtmlEscaped());
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
    const Health hv = Health(health.toInt());
    const QVariant declaredValue = index.data(Roles::DeclaredHealthRole);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setFont(opt.font);
    const int h = std::min(fm.height() + 4, opt.rect.height() - 2);
    if (declaredValue.isValid()) {
        // Computed | declared: two halves of one chip, each with its word, so a declared colour never
        // hides the computed one. The declared word is in italics, as the header's tooltip says.
        const Health declared = Health(declaredValue.toInt());
        const QString left = HealthText::label(hv);
        const QString right = HealthText::label(declared);
        QFont italic = opt.font;
        italic.setItalic(true);
        const QFontMetrics fmi(italic);
        const int wl = fm.horizontalAdvance(left) + pad + pad / 2;
        const int wr = fmi.horizontalAdvance(right) + pad + pad / 2;
        const int w = std::min(wl + wr, opt.rect.width() - 4);
        const QRect chip(opt.rect.left() + 3, opt.rect.center().y() - h / 2, w, h);
        const int split = chip.left() + w * wl / (wl + wr);
        QPainterPath whole;
        whole.addRoundedRect(chip, h / 2.0, h / 2.0);
        painter->setPen(Qt::NoPen);
        painter->setClipPath(whole);
        painter->fillRect(QRect(chip.topLeft(), QPoint(split, chip.bottom())), chipColor(hv));
        painter->fillRect(QRect(QPoint(split, chip.top()), chip.bottomRight()), chipColor(declared));
        painter->setClipping(false);
        painter->setPen(QPen(QColor(0x30, 0x30, 0x30), 1));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(chip, h / 2.0, h / 2.0);
        painter->drawLine(QPoint(split, chip.top()), QPoint(split, chip.bottom()));
        const QRect lr(chip.left(), chip.top(), split - chip.left(), chip.height());
        const QRect rr(split, chip.top(), chip.right() - split, chip.height());
        painter->setPen(chipTextColor(hv));
        painter->drawText(lr, Qt::AlignCenter, fm.elidedText(left, Qt::ElideRight, lr.width() - 2));
        painter->setFont(italic);
        painter->setPen(chipTextColor(declared));
        painter->drawText(rr, Qt::AlignCenter, fmi.elidedText(right, Qt::ElideRight, rr.width() - 2));
        painter->restore();
        return;
    }
    const int w = std::min(fm.horizontalAdvance(text) + 2 * pad, opt.rect.width() - 4);
    const QRect chip(opt.rect.left() + 3, opt.rect.center().y() - h / 2, w, h);
    painter->setPen(hv == Health::Unrated ? QPen(QColor(0x90, 0x90, 0x90), 1, Qt::DashLine) : QPen(Qt::NoPen));
    painter->setBrush(chipColor(hv));
    painter->drawRoundedRect(chip, h / 2.0, h / 2.0);
    painter->setPen(chipTextColor(hv)); // white on the dark green and red, near-black on yellow and grey
    painter->drawText(chip, Qt::AlignCenter, fm.elidedText(text, Qt::ElideRight, chip.width() - 4));
    painter->restore();
}

int ItemDelegate::splitChipWidth(const QFont &font)
{
    const QFontMetrics fm(font);
    QFont italic = font;
    italic.setItalic(true);
    const QFontMetrics fmi(italic);
    const int pad = fm.height() / 2;
    int widest = 0;
    for (Health computed : { Health::Green, Health::Yellow, Health::Red }) {
        for (Health declared : { Health::Green, Health::Yellow, Health::Red }) {
            if (computed != declared)
                widest = std::max(widest, fm.horizontalAdvance(HealthText::label(computed))
                                              + fmi.horizontalAdvance(HealthText::label(declared)) + 3 * pad);
        }
    }
    return widest + 3 + 4 + 2; // the chip's margin in the cell, what paint() keeps free, the two halves' room
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
        spin->setMaximum(Limits::maxAmount); // the largest amount an edit takes (model/limits.h)
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

QString ItemDelegate::toolTip(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QString tip = index.data(Qt::ToolTipRole).toString();
    if (index.data(Roles::HealthRole).isValid())
        return tip; // a chip's word is never the point of its tooltip
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    if (text.isEmpty() || text.contains(QLatin1Char('\n')) || tip == text)
        return tip;
    const QWidget *widget = opt.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    // The text's room as the style lays the cell out (indentation, decoration and check box taken),
    // less the margin it keeps on either side of the text.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect room = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(margin, 0, -margin, 0);
    const int needed = QFontMetrics(opt.font).horizontalAdvance(text);
    bool cut = needed > room.width();
    // A column wider than its view (a tree's titles, sized to their text) is cut by the view's edge.
    if (const auto *view = qobject_cast<const QAbstractItemView *>(widget); view && !cut) {
        const QRect drawn = QStyle::alignedRect(opt.direction, opt.displayAlignment,
                                                QSize(needed, room.height()), room);
        const QRect shown = view->viewport()->rect();
        cut = drawn.left() < shown.left() || drawn.right() > shown.right();
    }
    if (!cut)
        return tip;
    if (Qt::mightBeRichText(tip))
        return QStringLiteral("<p>%1</p>%2").arg(text.toHtmlEscaped(), tip);
    // Plain text wrapped here at some sixty characters: Qt wraps a rich-text tooltip to a 5:3 box,
    // which broke a short note over four lines.
    const QFontMetrics tipMetrics(QToolTip::font());
    const int lineWidth = tipMetrics.averageCharWidth() * 60;
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && tipMetrics.horizontalAdvance(longer) > lineWidth) {
            lines << line;
            line = word;
        } else {
            line = longer;
        }
    }
    lines << line;
    if (!tip.isEmpty())
        lines << QString() << tip;
    return lines.join(QLatin1Char('\n'));
}

bool ItemDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                             const QModelIndex &index)
{
    if (!event || !view || event->type() != QEvent::ToolTip || !index.isValid())
        return QStyledItemDelegate::helpEvent(event, view, option, index);
    const QString tip = toolTip(option, index);
    if (tip.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
        return false;
    }
    QToolTip::showText(event->globalPos(), tip, view, option.rect);
    return true;
}

} // namespace Vigie
