#include "paper.h"

#include "charts/chartstyle.h"

#include <QWidget>

namespace Vigie {

namespace {

// The paper's roles, set on `p` (and marked as set: a widget given `p` keeps these, and follows the
// desktop for every other role).
void setPaperRoles(QPalette &p)
{
    for (const QPalette::ColorGroup group : { QPalette::Active, QPalette::Inactive, QPalette::Disabled }) {
        const bool disabled = group == QPalette::Disabled;
        p.setColor(group, QPalette::Base, QColor(Qt::white));
        p.setColor(group, QPalette::Text, disabled ? QColor(0x6e, 0x6e, 0x6e) : ChartStyle::ink());
        p.setColor(group, QPalette::Link, QColor(0x09, 0x57, 0x97));
        p.setColor(group, QPalette::LinkVisited, QColor(0x5b, 0x2c, 0x83));
    }
}

} // namespace

namespace Paper {

QPalette palette(const QPalette &desktop)
{
    QPalette p = desktop;
    setPaperRoles(p);
    return p;
}

void apply(QWidget *view)
{
    // A palette with nothing set but the paper's roles (a default QPalette sets none): the scroll bars
    // and the selection still follow the desktop, also when its colours change while the program runs.
    QPalette p;
    setPaperRoles(p);
    view->setPalette(p);
}

} // namespace Paper

} // namespace Vigie
