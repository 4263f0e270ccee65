#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace Vigie {

class PortfolioFile;
struct FileError;

// What File → New makes: an empty portfolio with defaults ready for a PSCIOC jurisdiction report:
// jurisdiction and language, a fiscal year starting in April, the Variance 10/30 health rule, and the
// standard list of IT specialties with the six core functions flagged (DOMAIN: Measure 10).
class PortfolioTemplate
{
    Q_DECLARE_TR_FUNCTIONS(Vigie::PortfolioTemplate)
public:
    struct Options
    {
        QString name;
        QString jurisdiction;
        QString language = QStringLiteral("en");
    };
    static std::unique_ptr<PortfolioFile> create(const QString &path, const Options &options, FileError *error);
};

} // namespace Vigie
