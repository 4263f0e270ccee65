#pragma once

#include "model/entities.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Vigie {

// File → Send Copy to Organization…: which organization the copy is for (or the whole portfolio) and
// where to write it. The copy itself is written by core (CopyExtractor) once the user confirms.
class SendCopyDialog : public QDialog
{
    Q_OBJECT
public:
    // The copy is suggested in `folder` (PortfolioFile::folder()), named after `baseName`, the
    // portfolio's name (PortfolioFile::baseName(): a file's, or a server schema's).
    SendCopyDialog(const QList<Organization> &organizations, const QString &folder, const QString &baseName,
                   QWidget *parent = nullptr);

    QString organizationCode() const; // "" for the whole portfolio
    QString path() const;
    void setOrganizationCode(const QString &code);
    void setPath(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void suggestPath();
    void browse();

    QString m_folder;
    QString m_baseName;
    bool m_pathEdited = false;
    QLabel *m_intro = nullptr;
    QLabel *m_organizationLabel = nullptr;
    QComboBox *m_organization = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLineEdit *m_path = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_note = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Vigie
