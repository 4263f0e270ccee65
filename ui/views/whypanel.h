#pragma once

#include "storage/change.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace Vigie {

class Document;
class PortfolioFile;
struct Project;

// The project detail's "Why is it this colour?" tab: for cost, schedule and overall, the figures the
// rule read, the baseline used (latest, and the original beside it), the variance, the threshold it
// crossed, the computed colour beside the declared one (who declared it and when); the project's colour
// in each reporting period as a small strip; the decisions since the latest period; and the baselines.
// Read-only: it explains, the rest of the detail edits. Follows the document's changes.
class WhyPanel : public QWidget
{
    Q_OBJECT
public:
    explicit WhyPanel(QWidget *parent = nullptr);

    void setDocument(Document *document);
    void showProject(const QString &uuid);
    // The explanation as shown (rich text), for tests and printing.
    QString html() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void onChanged(const Vigie::Change &change);
    QString indicatorsHtml(const Project &p) const;
    QString stripHtml(const Project &p) const;
    QString decisionsHtml(const Project &p) const;
    QString baselinesHtml(const Project &p) const;

    Document *m_document = nullptr;
    PortfolioFile *m_file = nullptr;
    QString m_uuid;
    QLabel *m_text;
};

} // namespace Vigie
