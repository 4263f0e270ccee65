#include "importdialog.h"

#include "commands/editor.h"
#include "commands/importjob.h"

#include "i18n/language.h"
#include "io/csvreader.h"
#include "io/projectimporter.h"
#include "storage/portfoliofile.h"
#include "views/flowlayout.h"
#include "views/pairlayout.h"
#include "views/verticalscrollarea.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace Vigie {

namespace {

constexpr int kPreviewRows = 20;
constexpr int kShownProblems = 2000;

void setCurrentData(QComboBox *combo, const QVariant &data)
{
    const int i = combo->findData(data);
    if (i >= 0)
        combo->setCurrentIndex(i);
}

} // namespace

ImportDialog::ImportDialog(Editor *editor, QWidget *parent, ImportKind kind)
    : QDialog(parent)
    , m_editor(editor)
    , m_kind(kind)
{
    m_loaded.kind = kind;
    buildUi();
    retranslateUi();
    fillColumnChoices(nullptr);
    setBusy(false);
}

ImportDialog::~ImportDialog()
{
    // The file field loses its focus while the widgets go: it must not call back into a dialog that is no
    // longer one (UBSan saw readTypedPath() run from QLineEdit::focusOutEvent during destruction).
    m_fileEdit->removeEventFilter(this);
    disconnect(m_fileEdit, nullptr, this, nullptr);
    // A running import is cancelled and waited for: its job belongs to the editor and goes on being
    // safe, but nothing is left to show its report.
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
        m_job->wait();
        m_job->deleteLater();
    }
}

namespace {

// A column of labelled choices: its fields take the width the column has.
QWidget *formColumn(QFormLayout *form, QWidget *parent)
{
    auto *column = new QWidget(parent);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    column->setLayout(form);
    return column;
}

// The labels of two form columns given one width: when the columns stand one under the other on a
// narrow screen, the second's fields start where the first's do (they started 90 px further left). Not
// for the mapping's: its longest label (« Mesures servies (numéros, ou PLAN:numéro, séparés par ;) : »)
// would push every field under its label in both columns.
void alignLabels(const QList<QLabel *> &labels)
{
    int widest = 0;
    for (QLabel *label : labels) {
        label->setMinimumWidth(0);
        widest = std::max(widest, label->sizeHint().width());
    }
    for (QLabel *label : labels)
        label->setMinimumWidth(widest);
}

} // namespace

void ImportDialog::buildUi()
{
    // Everything but the buttons scrolls up and down on a short screen; the choices go two by two, or one
    // under the other on a narrow one (the dialog needed 1265x633 at least: twice 1280x800 at 200 %).
    auto *content = new QWidget;
    auto *layout = new LeastHeightLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *fileRow = new QHBoxLayout;
    m_fileLabel = new QLabel(this);
    m_fileEdit = new QLineEdit(this);
    m_fileEdit->setObjectName(QStringLiteral("csvFile"));
    m_browse = new QPushButton(this);
    fileRow->addWidget(m_fileLabel);
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(m_browse);
    layout->addLayout(fileRow);

    m_formatBox = new QGroupBox(this);
    auto *format = new PairLayout(m_formatBox);
    auto *formatLeft = new QFormLayout;
    auto *formatRight = new QFormLayout;
    m_delimiterLabel = new QLabel(m_formatBox);
    m_encodingLabel = new QLabel(m_formatBox);
    m_decimalLabel = new QLabel(m_formatBox);
    m_dateLabel = new QLabel(m_formatBox);
    m_scaleLabel = new QLabel(m_formatBox);
    m_delimiter = new QComboBox(m_formatBox);
    m_encoding = new QComboBox(m_formatBox);
    m_decimal = new QComboBox(m_formatBox);
    m_dateFormat = new QComboBox(m_formatBox);
    m_scale = new QComboBox(m_formatBox);
    for (int i = 0; i < 6; ++i) {
        // Items are (re)labelled in retranslateUi(); their data is the mapping value.
        if (i < 4)
            m_delimiter->addItem(QString(), QVariant(int(i == 0 ? 0 : i == 1 ? ',' : i == 2 ? ';' : '\t')));
        if (i < 3) {
            m_encoding->addItem(QString(), i);
            m_decimal->addItem(QString(), QVariant(int(i == 0 ? 0 : i == 1 ? '.' : ',')));
            m_scale->addItem(QString(), i == 0 ? 1.0 : i == 1 ? 1e3 : 1e6);
        }
        if (i < 5)
            m_dateFormat->addItem(QString(), i);
    }
    formatLeft->addRow(m_delimiterLabel, m_delimiter);
    formatLeft->addRow(m_encodingLabel, m_encoding);
    formatLeft->addRow(m_decimalLabel, m_decimal);
    formatRight->addRow(m_dateLabel, m_dateFormat);
    formatRight->addRow(m_scaleLabel, m_scale);
    format->addRow(formColumn(formatLeft, m_formatBox), formColumn(formatRight, m_formatBox));
    layout->addWidget(m_formatBox);

    m_previewBox = new QGroupBox(this);
    auto *previewLayout = new QVBoxLayout(m_previewBox);
    m_previewModel = new QStandardItemModel(this);
    m_preview = new QTableView(m_previewBox);
    m_preview->setModel(m_previewModel);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->horizontalHeader()->setDefaultSectionSize(130);
    m_preview->setMinimumHeight(120);
    previewLayout->addWidget(m_preview);
    layout->addWidget(m_previewBox, 1);

    m_mappingBox = new QGroupBox(this);
    auto *mappingLayout = new LeastHeightLayout(m_mappingBox);
    auto *grid = new QWidget;
    auto *fields = new PairLayout(grid);
    fields->setContentsMargins(0, 0, 0, 0);
    QFormLayout *columns[2] = { new QFormLayout, new QFormLayout };
    const int perColumn = (fieldCount() + 1) / 2;
    for (int f = 0; f < fieldCount(); ++f) {
        m_fieldLabels[size_t(f)] = new QLabel(grid);
        m_fieldCombos[size_t(f)] = new QComboBox(grid);
        m_fieldCombos[size_t(f)]->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_fieldCombos[size_t(f)]->setMinimumContentsLength(18);
        m_fieldLabels[size_t(f)]->setBuddy(m_fieldCombos[size_t(f)]);
        columns[f / perColumn]->addRow(m_fieldLabels[size_t(f)], m_fieldCombos[size_t(f)]);
    }
    fields->addRow(formColumn(columns[0], grid), formColumn(columns[1], grid));
    auto *scroll = new VerticalScrollArea(grid, m_mappingBox);
    // Six choices in view at least (on a short screen the whole dialog scrolls).
    if (fieldCount() > 0) {
        const int row = m_fieldCombos[0]->sizeHint().height() + std::max(0, columns[0]->verticalSpacing());
        scroll->setMinimumHeight(std::min(perColumn, 6) * row);
    }
    mappingLayout->addWidget(scroll);
    auto *mappingButtons = new FlowLayout;
    m_loadMapping = new QPushButton(m_mappingBox);
    m_saveMapping = new QPushButton(m_mappingBox);
    m_strict = new QRadioButton(m_mappingBox);
    m_lenient = new QRadioButton(m_mappingBox);
    m_strict->setChecked(true);
    mappingButtons->addWidget(m_loadMapping);
    mappingButtons->addWidget(m_saveMapping);
    mappingButtons->addWidget(m_strict);
    mappingButtons->addWidget(m_lenient);
    mappingLayout->addLayout(mappingButtons);
    layout->addWidget(m_mappingBox, 2);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    layout->addWidget(m_progress);
    m_result = new QPlainTextEdit(this);
    m_result->setReadOnly(true);
    m_result->setMaximumBlockCount(kShownProblems + 20);
    m_result->setMinimumHeight(90);
    layout->addWidget(m_result, 1);

    auto *buttons = new QHBoxLayout;
    m_check = new QPushButton(this);
    m_import = new QPushButton(this);
    m_close = new QPushButton(this);
    m_import->setDefault(true);
    buttons->addStretch(1);
    buttons->addWidget(m_check);
    buttons->addWidget(m_import);
    buttons->addWidget(m_close);
    auto *outer = new QVBoxLayout(this);
    outer->addWidget(new VerticalScrollArea(content, this), 1);
    outer->addLayout(buttons);

    // A path typed or pasted is read when the field is left, or Enter pressed (eventFilter()), like one
    // chosen.
    connect(m_fileEdit, &QLineEdit::editingFinished, this, &ImportDialog::readTypedPath);
    m_fileEdit->installEventFilter(this);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString typed = m_fileEdit->text().trimmed();
        const QString start = QFileInfo(typed).isFile() ? typed : browseFolder(); // the chosen file selected again
        const QString path = QFileDialog::getOpenFileName(this, tr("Choose a CSV file"), start,
                                                          tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
        if (!path.isEmpty())
            setCsvPath(path);
    });
    connect(m_loadMapping, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Load a mapping"), browseFolder(),
                                                          tr("Mappings (*.json);;All files (*)"));
        if (!path.isEmpty())
            loadMapping(path);
    });
    connect(m_saveMapping, &QPushButton::clicked, this, [this] {
        const QString csv = QFileInfo(m_fileEdit->text().trimmed()).completeBaseName();
        const QString suggested = csv.isEmpty() ? browseFolder()
                                                : QDir(browseFolder()).filePath(tr("%1 mapping.json").arg(csv));
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the mapping"), suggested,
                                                          tr("Mappings (*.json)"));
        if (!path.isEmpty())
            saveMapping(path);
    });
    for (QComboBox *combo : { m_delimiter, m_encoding }) {
        connect(combo, &QComboBox::activated, this, [this] {
            const ImportMapping keep = mapping();
            refreshPreview();
            fillColumnChoices(&keep);
        });
    }
    connect(m_check, &QPushButton::clicked, this, [this] { startImport(true); });
    connect(m_import, &QPushButton::clicked, this, [this] { startImport(false); });
    connect(m_close, &QPushButton::clicked, this, &ImportDialog::reject);
    resize(980, 780);
}

void ImportDialog::retranslateUi()
{
    switch (m_kind) {
    case ImportKind::Projects: setWindowTitle(tr("Import projects")); break;
    case ImportKind::Organizations: setWindowTitle(tr("Import organizations")); break;
    case ImportKind::Measures: setWindowTitle(tr("Import measures")); break;
    case ImportKind::Workforce: setWindowTitle(tr("Import a workforce survey")); break;
    case ImportKind::Envelopes: setWindowTitle(tr("Import investment envelopes")); break;
    }
    m_fileLabel->setText(tr("CSV file:"));
    m_fileEdit->setPlaceholderText(tr("Choose the file to import"));
    m_browse->setText(tr("Browse…"));
    m_formatBox->setTitle(tr("How the file is written"));
    m_delimiterLabel->setText(tr("Delimiter:"));
    m_encodingLabel->setText(tr("Encoding:"));
    m_decimalLabel->setText(tr("Decimal separator:"));
    m_dateLabel->setText(tr("Dates:"));
    m_scaleLabel->setText(tr("Amounts in:"));
    const QStringList delimiters { tr("Detect"), tr("Comma ,"), tr("Semicolon ;"), tr("Tab") };
    const QStringList encodings { tr("Detect"), tr("UTF-8"), tr("Windows-1252 (Western European)") };
    const QStringList decimals { tr("Point, or comma when fields are separated by ;"), tr("Point ."), tr("Comma ,") };
    const QStringList dates { tr("Detect (ISO or YYYY/MM/DD)"), tr("ISO (YYYY-MM-DD, with or without time)"),
                              tr("YYYY/MM/DD"), tr("DD/MM/YYYY"), tr("MM/DD/YYYY") };
    const QStringList scales { tr("Dollars"), tr("Thousands of dollars"), tr("Millions of dollars") };
    for (int i = 0; i < m_delimiter->count(); ++i)
        m_delimiter->setItemText(i, delimiters.value(i));
    for (int i = 0; i < m_encoding->count(); ++i)
        m_encoding->setItemText(i, encodings.value(i));
    for (int i = 0; i < m_decimal->count(); ++i)
        m_decimal->setItemText(i, decimals.value(i));
    for (int i = 0; i < m_dateFormat->count(); ++i)
        m_dateFormat->setItemText(i, dates.value(i));
    for (int i = 0; i < m_scale->count(); ++i)
        m_scale->setItemText(i, i < scales.size() ? scales.at(i) : tr("× %1").arg(m_scale->itemData(i).toDouble()));
    // Never narrower than their longest choice in this language: on a narrow screen the form puts them
    // under their labels rather than cut "Point, ou virgule si les champs sont séparés par ;".
    for (QComboBox *box : { m_delimiter, m_encoding, m_decimal, m_dateFormat, m_scale }) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        box->setMinimumWidth(0);
        box->setMinimumWidth(box->sizeHint().width());
    }
    m_previewBox->setTitle(tr("First rows of the file"));
    m_mappingBox->setTitle(m_kind == ImportKind::Projects ? tr("Which column feeds each project field")
                                                          : tr("Which column feeds each field"));
    for (int f = 0; f < fieldCount(); ++f) {
        //: A form label: French puts a space before the colon ("Code du projet :")
        m_fieldLabels[size_t(f)]->setText(tr("%1:").arg(ImportFields::label(m_kind, f)));
        m_fieldCombos[size_t(f)]->setAccessibleName(tr("Column for %1").arg(ImportFields::label(m_kind, f)));
        if (m_fieldCombos[size_t(f)]->count() > 0)
            m_fieldCombos[size_t(f)]->setItemText(0, tr("(not imported)"));
    }
    alignLabels({ m_delimiterLabel, m_encodingLabel, m_decimalLabel, m_dateLabel, m_scaleLabel });
    m_loadMapping->setText(tr("Load mapping…"));
    m_saveMapping->setText(tr("Save mapping…"));
    m_strict->setText(tr("Strict: refuse the file if any value is wrong"));
    m_lenient->setText(tr("Lenient: import wrong values as empty, with a warning"));
    // Screen readers name each control by what it sets.
    m_fileEdit->setAccessibleName(tr("CSV file to import"));
    m_delimiter->setAccessibleName(tr("Delimiter"));
    m_encoding->setAccessibleName(tr("Encoding"));
    m_decimal->setAccessibleName(tr("Decimal separator"));
    m_dateFormat->setAccessibleName(tr("Order of day, month and year in dates"));
    m_scale->setAccessibleName(tr("Unit of the amounts"));
    m_preview->setAccessibleName(tr("First rows of the file"));
    m_result->setAccessibleName(tr("Result of the check or import"));
    m_progress->setAccessibleName(tr("Progress"));
    m_check->setText(tr("Check"));
    m_import->setText(tr("Import"));
    m_close->setText(isRunning() ? tr("Cancel") : tr("Close"));
    m_progress->setFormat(tr("%p%"));
}

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ImportDialog::reject()
{
    if (isRunning()) {
        cancelImport();
        return;
    }
    QDialog::reject();
}

void ImportDialog::readTypedPath()
{
    const QString typed = csvPath().trimmed();
    if (typed != m_shownPath && !isRunning())
        setCsvPath(typed);
}

bool ImportDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in the file field reads the file typed there; it does not also press Import, the default
    // button, which would import a file nobody has seen the preview of.
    if (watched == m_fileEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            readTypedPath();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QString ImportDialog::browseFolder() const
{
    const QString typed = m_fileEdit->text().trimmed();
    if (!typed.isEmpty()) {
        const QFileInfo csv(typed);
        if (csv.isDir())
            return csv.absoluteFilePath();
        if (csv.absoluteDir().exists())
            return csv.absolutePath();
    }
    return m_startFolder;
}

void ImportDialog::setCsvPath(const QString &path)
{
    m_shownPath = path;
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    m_result->clear();
    m_progress->setValue(0);
    refreshPreview();
    fillColumnChoices(m_haveLoaded ? &m_loaded : nullptr);
    setBusy(false);
}

QString ImportDialog::csvPath() const
{
    return QDir::fromNativeSeparators(m_fileEdit->text());
}

void ImportDialog::refreshPreview()
{
    m_previewModel->clear();
    m_header.clear();
    const QString path = csvPath();
    if (path.isEmpty())
        return;
    CsvReader reader(path, char(m_delimiter->currentData().toInt()), TextEncoding(m_encoding->currentData().toInt()));
    QList<CsvRecord> rows;
    const bool ok = reader.read([&](const CsvRecord &r) {
        rows << r;
        return rows.size() <= kPreviewRows;
    });
    if (!ok && rows.isEmpty()) {
        m_result->setPlainText(reader.errorString());
        return;
    }
    if (rows.isEmpty())
        return;
    m_header = rows.takeFirst().fields;
    QStringList labels;
    for (int i = 0; i < m_header.size(); ++i)
        labels << QStringLiteral("%1 · %2").arg(i + 1).arg(ImportMapping::normalizeHeader(m_header.at(i)));
    m_previewModel->setColumnCount(int(m_header.size()));
    m_previewModel->setHorizontalHeaderLabels(labels);
    for (const CsvRecord &r : std::as_const(rows)) {
        QList<QStandardItem *> items;
        for (int i = 0; i < m_header.size(); ++i)
            items << new QStandardItem(r.fields.value(i));
        m_previewModel->appendRow(items);
        m_previewModel->setVerticalHeaderItem(m_previewModel->rowCount() - 1,
                                              new QStandardItem(QString::number(r.line)));
    }
}

int ImportDialog::previewRowCount() const
{
    return m_previewModel->rowCount();
}

void ImportDialog::fillColumnChoices(const ImportMapping *mapping)
{
    ImportIndexes resolved;
    resolved.fill(-1);
    if (mapping) {
        ImportMapping lenientCopy = *mapping;
        lenientCopy.optionalColumns = true; // absent columns just stay "not imported" here
        QStringList ignored;
        lenientCopy.resolve(m_header, &resolved, &ignored);
    } else {
        resolved = ImportMapping::guessColumns(m_kind, m_header);
    }
    for (int f = 0; f < fieldCount(); ++f) {
        QComboBox *combo = m_fieldCombos[size_t(f)];
        combo->clear();
        combo->addItem(tr("(not imported)"), -1);
        for (int i = 0; i < m_header.size(); ++i)
            combo->addItem(QStringLiteral("%1 · %2").arg(i + 1).arg(ImportMapping::normalizeHeader(m_header.at(i))), i);
        setCurrentData(combo, resolved[size_t(f)]);
    }
}

int ImportDialog::chosenColumn(int field) const
{
    return field >= 0 && field < fieldCount() ? m_fieldCombos[size_t(field)]->currentData().toInt() : -1;
}

void ImportDialog::chooseColumn(int field, int column)
{
    if (field >= 0 && field < fieldCount())
        setCurrentData(m_fieldCombos[size_t(field)], column);
}

int ImportDialog::fieldCount() const
{
    return ImportFields::count(m_kind);
}

ImportMapping ImportDialog::mapping() const
{
    ImportMapping m;
    m.kind = m_kind;
    m.delimiter = char(m_delimiter->currentData().toInt());
    m.encoding = TextEncoding(m_encoding->currentData().toInt());
    m.decimal = char(m_decimal->currentData().toInt());
    m.dateFormat = DateFormat(m_dateFormat->currentData().toInt());
    m.moneyScale = m_scale->currentData().toDouble();
    m.decodeHtmlEntities = m_loaded.decodeHtmlEntities;
    m.values = m_loaded.values;
    for (int f = 0; f < fieldCount(); ++f) {
        const int column = chosenColumn(f);
        if (column < 0 || column >= m_header.size())
            continue;
        // Name the column by its header when that is unambiguous, so the mapping survives reordering.
        const QString header = ImportMapping::normalizeHeader(m_header.at(column));
        int same = 0;
        for (const QString &h : m_header)
            same += ImportMapping::normalizeHeader(h) == header ? 1 : 0;
        if (!header.isEmpty() && same == 1)
            m.setColumn(f, header);
        else
            m.setColumn(f, column + 1);
    }
    return m;
}

void ImportDialog::setMapping(const ImportMapping &mapping)
{
    m_loaded = mapping;
    m_loaded.kind = m_kind;
    m_haveLoaded = true;
    setCurrentData(m_delimiter, int(mapping.delimiter));
    m_encoding->setCurrentIndex(int(mapping.encoding));
    setCurrentData(m_decimal, int(mapping.decimal));
    m_dateFormat->setCurrentIndex(int(mapping.dateFormat));
    if (m_scale->findData(mapping.moneyScale) < 0)
        m_scale->addItem(tr("× %1").arg(mapping.moneyScale), mapping.moneyScale);
    setCurrentData(m_scale, mapping.moneyScale);
    refreshPreview();
    fillColumnChoices(&mapping);
}

bool ImportDialog::loadMapping(const QString &path)
{
    QStringList errors;
    const auto loaded = ImportMapping::load(path, &errors, m_kind);
    if (!loaded) {
        m_result->setPlainText(errors.join(QLatin1Char('\n')));
        return false;
    }
    setMapping(*loaded);
    m_result->setPlainText(tr("Mapping loaded from %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ImportDialog::saveMapping(const QString &path)
{
    QString error;
    if (!mapping().save(path, &error)) {
        m_result->setPlainText(error);
        return false;
    }
    m_result->setPlainText(tr("Mapping saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ImportDialog::setBusy(bool busy)
{
    const bool haveFile = !m_header.isEmpty();
    for (QWidget *w : std::initializer_list<QWidget *> { m_browse, m_formatBox, m_mappingBox })
        w->setEnabled(!busy);
    m_check->setEnabled(!busy && haveFile);
    m_import->setEnabled(!busy && haveFile && !m_editor->isReadOnly());
    m_close->setText(busy ? tr("Cancel") : tr("Close"));
}

void ImportDialog::startImport(bool dryRun)
{
    if (isRunning() || csvPath().isEmpty())
        return;
    for (int f = 0; f < fieldCount(); ++f) {
        if (!ImportFields::isRequired(m_kind, f) || chosenColumn(f) >= 0)
            continue;
        m_result->setPlainText(m_kind == ImportKind::Projects
                                   ? tr("Choose the column that holds the project code.")
                                   : tr("Choose the column that holds the field \"%1\".").arg(ImportFields::label(m_kind, f)));
        return;
    }
    m_result->clear();
    m_progress->setValue(0);
    const ImportOptions options { m_lenient->isChecked(), dryRun, true };
    // The import runs on a worker through the edit facade: a written import is one undoable edit.
    m_job = m_editor->import(csvPath(), mapping(), options);
    if (!m_job)
        return;
    connect(m_job, &ImportJob::progress, this, &ImportDialog::onProgress);
    connect(m_job, &ImportJob::finished, this, &ImportDialog::onFinished);
    setBusy(true);
    m_result->setPlainText(dryRun ? tr("Checking…") : tr("Importing…"));
}

void ImportDialog::cancelImport()
{
    if (m_job)
        m_job->cancel();
}

void ImportDialog::waitForImport()
{
    if (m_job)
        m_job->wait();
}

void ImportDialog::onProgress(qint64 done, qint64 total)
{
    if (total > 0)
        m_progress->setValue(int(qBound(qint64(0), done * 1000 / total, qint64(1000))));
}

void ImportDialog::onFinished(const ImportReport &report)
{
    m_job->deleteLater();
    m_job = nullptr;
    m_report = report;
    m_progress->setValue(m_report.refused() || m_report.cancelled ? 0 : 1000);
    setBusy(false);
    showReport();
    Q_EMIT importFinished();
}

void ImportDialog::showReport()
{
    m_result->setPlainText(resultText());
}

QString ImportDialog::resultText() const
{
    QStringList lines { m_report.summaryText(Language::locale(Language::current())) };
    int shown = 0;
    const auto list = [&](const QList<ImportProblem> &problems, bool warning) {
        for (const ImportProblem &p : problems) {
            if (shown++ >= kShownProblems)
                return;
            lines << (warning ? tr("Warning: %1").arg(p.toString()) : p.toString());
        }
    };
    list(m_report.errors, false);
    list(m_report.warnings, true);
    const qsizetype total = m_report.errors.size() + m_report.warnings.size();
    if (total > kShownProblems)
        lines << tr("… and %n more.", nullptr, int(total - kShownProblems));
    return lines.join(QLatin1Char('\n'));
}

} // namespace Vigie
