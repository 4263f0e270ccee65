#include "importedsample.h"

#include "io/importer.h"
#include "sample/samplewriter.h"
#include "storage/portfoliofile.h"
#include "storage/sqlutil.h"
#include "storage/structureedits.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace Vigie {

namespace {

// portfolio.json's keys and the properties they set.
const struct
{
    const char *key;
    Field field;
} kProperties[] = {
    { "name", Field::NameEn },         { "name_fr", Field::NameFr },           { "jurisdiction", Field::Jurisdiction },
    { "currency", Field::Currency },   { "fiscal_year_start", Field::FiscalYearStart },
    { "default_language", Field::DefaultLanguage }, { "cio_name", Field::CioName }, { "cio_title", Field::CioTitle },
    { "cio_title_fr", Field::CioTitleFr }, { "cio_contact", Field::CioContact }, { "classification", Field::Classification },
};

bool fill(PortfolioFile &file, const QString &folder, QString *error)
{
    QFile json(folder + QStringLiteral("portfolio.json"));
    if (!json.open(QIODevice::ReadOnly))
        return setError(error, ImportedSample::tr("the sample data %1 is missing").arg(json.fileName()));
    const QJsonObject o = QJsonDocument::fromJson(json.readAll()).object();
    FieldValues properties;
    for (const auto &p : kProperties) {
        if (o.contains(QLatin1String(p.key)))
            properties.insert(p.field, o.value(QLatin1String(p.key)).toVariant());
    }
    const EditResult set = StructureEdits::setPortfolio(file, properties, ImportedSample::tr("Portfolio properties"));
    if (!set.ok)
        return setError(error, set.error);
    // In the order a user would import them: what later files refer to comes first.
    for (ImportKind kind : { ImportKind::Organizations, ImportKind::Measures, ImportKind::Projects, ImportKind::Workforce,
                             ImportKind::Envelopes }) {
        const QString csv = folder + ImportFields::kindName(kind) + QStringLiteral(".csv");
        if (!QFile::exists(csv))
            continue;
        const ImportReport report = runImport(file, csv, ImportMapping::defaults(kind), ImportOptions {});
        if (report.refused()) {
            QStringList problems { report.fatal };
            for (const ImportProblem &p : report.errors)
                problems << p.toString();
            problems.removeAll(QString());
            return setError(error, problems.join(QLatin1Char('\n')));
        }
    }
    return true;
}

} // namespace

QStringList ImportedSample::names()
{
    return { QStringLiteral("canada-2016"), QStringLiteral("saskatchewan") };
}

bool ImportedSample::write(const QString &name, const QString &path, QString *error, bool *cannotWrite)
{
    if (!isSample(name)) {
        if (cannotWrite)
            *cannotWrite = false;
        return setError(error, tr("Unknown sample \"%1\".").arg(name));
    }
    const QString folder = QStringLiteral(":/samples/%1/").arg(name);
    return SampleWriter::write(path, name, [&](PortfolioFile &file, QString *message) { return fill(file, folder, message); },
                               error, cannotWrite, { tr("Build the %1 sample").arg(name), QStringLiteral("sample"), 0 });
}

} // namespace Vigie
