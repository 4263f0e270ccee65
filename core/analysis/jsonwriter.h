#pragma once

#include <QJsonObject>
#include <QSet>
#include <QString>

namespace Vigie {

// Writes JSON like QJsonDocument::Indented, except that numbers keep their kind: members named in
// `integerKeys` print as integers, every other number with a decimal part ("428490000.0"), so that
// amounts and percentages always read as the decimal quantities the documented shape shows.
QString toJsonText(const QJsonObject &object, const QSet<QString> &integerKeys);

} // namespace Vigie
