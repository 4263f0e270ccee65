#include "csvmaker.h"

#include "io/csvreader.h"

#include <QFile>

namespace VigieBench {

namespace {

void appendField(QByteArray *line, const QString &field)
{
    const QByteArray utf8 = field.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        QByteArray quoted = utf8;
        quoted.replace("\"", "\"\"");
        line->append('"').append(quoted).append('"');
    } else {
        line->append(utf8);
    }
}

QByteArray csvLine(const QStringList &fields)
{
    QByteArray line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line.append(',');
        appendField(&line, fields.at(i));
    }
    return line.append('\n');
}

} // namespace

bool makeCsv(const QString &source, const QString &codeColumn, int rows, const QString &output, QString *error)
{
    Vigie::CsvReader reader(source);
    QStringList header;
    QList<QStringList> records;
    const bool ok = reader.read([&](const Vigie::CsvRecord &r) {
        if (header.isEmpty())
            header = r.fields;
        else
            records << r.fields;
        return true;
    });
    if (!ok) {
        *error = reader.errorString();
        return false;
    }
    const qsizetype codeAt = header.indexOf(codeColumn);
    if (codeAt < 0 || records.isEmpty()) {
        *error = QStringLiteral("%1: no column \"%2\" or no rows").arg(source, codeColumn);
        return false;
    }
    QFile file(output);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("%1: %2").arg(output, file.errorString());
        return false;
    }
    file.write(csvLine(header));
    for (int i = 0; i < rows; ++i) {
        QStringList fields = records.at(i % records.size());
        while (fields.size() <= codeAt)
            fields << QString();
        fields[codeAt] = QStringLiteral("BENCH-%1").arg(i + 1, 6, 10, QLatin1Char('0'));
        if (file.write(csvLine(fields)) < 0) {
            *error = QStringLiteral("%1: %2").arg(output, file.errorString());
            return false;
        }
    }
    return true;
}

} // namespace VigieBench
