#pragma once

#include <QJsonObject>
#include <QSet>
#include <QString>

#include <utility>
#include <vector>

namespace Vigie {

// Writes JSON like QJsonDocument::Indented, except that numbers keep their kind: members named in
// `integerKeys` print as integers, every other number with a decimal part ("428490000.0"), so that
// amounts and percentages always read as the decimal quantities the documented shape shows.
QString toJsonText(const QJsonObject &object, const QSet<QString> &integerKeys);

// A JSON value built and written without QJsonObject, for output made at every command start
// (`vigie summary --json`): QJsonObject's inserts and nested copies were most of what that command cost
// above a bare Qt program. Objects keep their members as inserted and are written sorted by name, as
// QJsonObject writes them; numbers are integers or decimals by their C++ type. toText() writes what
// toJsonText(toJsonObject(), the names of the integer members) writes.
class JsonTree
{
public:
    JsonTree() = default; // null
    JsonTree(int value)
        : m_kind(Kind::Integer)
        , m_integer(value)
    {
    }
    JsonTree(qint64 value)
        : m_kind(Kind::Integer)
        , m_integer(value)
    {
    }
    JsonTree(double value)
        : m_kind(Kind::Double)
        , m_double(value)
    {
    }
    JsonTree(bool value)
        : m_kind(Kind::Bool)
        , m_integer(value ? 1 : 0)
    {
    }
    JsonTree(const QString &value)
        : m_kind(Kind::String)
        , m_string(value)
    {
    }
    JsonTree(const char *) = delete; // would be taken as a bool
    static JsonTree object();
    static JsonTree array();

    // Sets a member of this object, replacing one of the same name; returns the member.
    JsonTree &insert(const QString &name, JsonTree value);
    // The member of this object of that name, or nullptr.
    JsonTree *member(const QString &name);
    void append(JsonTree value); // to this array

    QJsonValue toJsonValue() const;
    QJsonObject toJsonObject() const;
    // Indented like QJsonDocument::Indented, with a final line break.
    QString toText() const;

private:
    enum class Kind { Null, Bool, Integer, Double, String, Object, Array };
    void write(int depth, QString &out) const;

    Kind m_kind = Kind::Null;
    qint64 m_integer = 0;
    double m_double = 0.0;
    QString m_string;
    std::vector<std::pair<QString, JsonTree>> m_members; // an object's
    std::vector<JsonTree> m_items;                       // an array's
};

} // namespace Vigie
