#pragma once

#include "io/importfields.h"
#include "io/importreport.h"
#include "io/mapping.h"

#include <QDialog>

#include <array>
#include <atomic>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QStandardItemModel;
class QTableView;

namespace Vigie {

class Editor;
class ImportJob;

// File > Import projects… (or organizations, measures, a workforce survey, envelopes: one kind per
// dialog): choose a CSV file, see its first rows, map its columns to the kind's fields
// (drop-downs; the mapping can be saved and loaded as the JSON that `vigie import --mapping` reads),
// choose strict or lenient, then check or import. The import goes through the document's edit facade,
// which runs it on a worker thread (progress bar and Cancel, the window never freezes) and makes a written
// import one undoable edit; the result lists every problem as file:line:column.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    // Imports `kind` of data (projects by default); the fields offered are that kind's.
    explicit ImportDialog(Editor *editor, QWidget *parent = nullptr, ImportKind kind = ImportKind::Projects);
    ImportKind kind() const { return m_kind; }
    ~ImportDialog() override;
    // Where Browse starts while no CSV is chosen (the portfolio's folder); Load and Save Mapping start
    // in the CSV's folder, else there.
    void setStartFolder(const QString &folder) { m_startFolder = folder; }
    QString startFolder() const { return m_startFolder; }
    // The folder Browse, Load Mapping and Save Mapping start in.
    QString browseFolder() const;

    // Also the test hooks: what the Browse, Load, Save, Check and Import buttons do after asking.
    void setCsvPath(const QString &path);
    QString csvPath() const;
    bool loadMapping(const QString &path);
    bool saveMapping(const QString &path);
    ImportMapping mapping() const;
    void setMapping(const ImportMapping &mapping);
    void startImport(bool dryRun = false);
    void cancelImport();
    bool isRunning() const { return m_job != nullptr; }
    // Waits until the import under way ends and its report is shown (tests).
    void waitForImport();
    const ImportReport &lastReport() const { return m_report; }
    QString resultText() const;
    // The column (0-based, -1 = not imported) currently chosen for a field.
    // The field is an index in the kind's fields (ImportFields; for projects, an ImportField).
    int chosenColumn(int field) const;
    void chooseColumn(int field, int column);
    int chosenColumn(ImportField field) const { return chosenColumn(int(field)); }
    void chooseColumn(ImportField field, int column) { chooseColumn(int(field), column); }
    int fieldCount() const;
    int previewRowCount() const;

Q_SIGNALS:
    // Emitted when an import or a check has finished (see lastReport()).
    void importFinished();

protected:
    void changeEvent(QEvent *event) override;
    void reject() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    void readTypedPath();
    void retranslateUi();
    void refreshPreview();
    void fillColumnChoices(const ImportMapping *mapping);
    void onProgress(qint64 done, qint64 total);
    void onFinished(const Vigie::ImportReport &report);
    void setBusy(bool busy);
    void showReport();

    Editor *m_editor;
    ImportKind m_kind;
    bool m_haveLoaded = false; // a mapping was loaded or set: its columns, not guesses, fill the choices
    QStringList m_header;
    ImportMapping m_loaded; // keeps what the widgets cannot show (value tables)
    ImportReport m_report;
    ImportJob *m_job = nullptr;

    QLabel *m_fileLabel = nullptr;
    QLineEdit *m_fileEdit = nullptr;
    QString m_shownPath; // the file the preview and the column choices were read from
    QString m_startFolder;
    QPushButton *m_browse = nullptr;
    QGroupBox *m_formatBox = nullptr;
    QLabel *m_delimiterLabel = nullptr, *m_encodingLabel = nullptr, *m_decimalLabel = nullptr,
           *m_dateLabel = nullptr, *m_scaleLabel = nullptr;
    QComboBox *m_delimiter = nullptr, *m_encoding = nullptr, *m_decimal = nullptr, *m_dateFormat = nullptr,
              *m_scale = nullptr;
    QGroupBox *m_previewBox = nullptr;
    QTableView *m_preview = nullptr;
    QStandardItemModel *m_previewModel = nullptr;
    QGroupBox *m_mappingBox = nullptr;
    std::array<QLabel *, kMaxImportFields> m_fieldLabels {};
    std::array<QComboBox *, kMaxImportFields> m_fieldCombos {};
    QPushButton *m_loadMapping = nullptr, *m_saveMapping = nullptr;
    QRadioButton *m_strict = nullptr, *m_lenient = nullptr;
    QProgressBar *m_progress = nullptr;
    QPlainTextEdit *m_result = nullptr;
    QPushButton *m_check = nullptr, *m_import = nullptr, *m_close = nullptr;
};

} // namespace Vigie
