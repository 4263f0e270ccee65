#pragma once

#include "model/entities.h"
#include "storage/change.h"
#include "storage/entity.h"
#include "views/portfolioview.h"
#include "views/printable.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QSplitter;
class QTextBrowser;
class QTextDocument;
class QTreeWidget;
class QTreeWidgetItem;

namespace Vigie {

class BriefingDocument;
class Document;
class Editor;
class PortfolioFile;

// The Briefing page: the council briefing of one reporting period in the PSCIOC template.
//
// Left, the four sections and their items, English and French side by side, editable in place; the
// analyst drafts the items from the data, keeps, rewords, reorders or drops them, adds items of their
// own and chart blocks. Right, a preview of the document in the chosen document language (which is
// independent of the program's language). Every edit goes through the document's edit facade (the
// window's one Undo/Redo takes it back). Exports PDF, ODT and HTML, previews and prints.
class BriefingView : public QWidget, public PortfolioView, public Printable
{
    Q_OBJECT
public:
    explicit BriefingView(QWidget *parent = nullptr);
    ~BriefingView() override;

    void setDocument(Document *document) override;
    // Why the briefing cannot be changed here although the file can ("" otherwise): a copy limited to
    // one organization.
    QString readOnlyReason() const;
    PortfolioFile *file() const { return m_file; }
    // While hidden, postpone redrawing the preview until shown (the main window's page: reading the
    // facts of a large portfolio on every edit made elsewhere would slow every edit down).
    void setDeferWhileHidden(bool defer) { m_deferWhileHidden = defer; }

    // For the window and for tests.
    RowId periodId() const;
    QString periodLabel() const; // as the period box shows it
    bool setPeriod(const QString &label);
    QString documentLanguage() const;
    void setDocumentLanguage(const QString &language);
    void setPaperA4(bool a4);
    // The briefing as it would be written now.
    std::unique_ptr<BriefingDocument> document() const;
    bool exportTo(const QString &path, QString *error = nullptr);
    // The texts the briefing shows without their form in the document language (BriefingCheck).
    QStringList untranslated() const;
    bool canPrint() const override { return m_file != nullptr; }
    void printTo(QPagedPaintDevice *device) const override;
    QTextBrowser *preview() const { return m_browser; }
    // Selects the item with this UUID (empty: nothing).
    void selectItem(const QString &uuid);
    QString selectedItem() const;
    QTreeWidget *itemTree() const { return m_tree; }

public Q_SLOTS:
    void draftFromData();
    void addItem();
    void addChart(const QString &chartId);
    void removeSelected();
    void moveUp();
    void moveDown();
    void exportDocument();
    void printPreview();
    void print();

Q_SIGNALS:
    // exportDocument() wrote the briefing to `path`.
    void exported(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void retitleSections();
    void reloadPeriods();
    void reload();
    void refreshPreview();
    void onItemChanged(QTreeWidgetItem *item, int column);
    void onChanged(const Vigie::Change &change);
    BriefingSection currentSection() const;
    void updateButtons();

    PortfolioFile *m_file = nullptr;
    QPointer<Document> m_document;
    Editor *m_editor = nullptr;
    bool m_reloading = false;
    bool m_reloadQueued = false;
    bool m_periodsDirty = false;
    // The reader chose the period: kept when periods are added. Until then the latest, as when the file
    // opened (a period frozen meanwhile is the one to brief).
    bool m_periodChosen = false;
    int m_previewWidth = 0;
    bool m_deferWhileHidden = false;
    bool m_previewStale = false;
    QString m_uiLanguage;

    QLabel *m_periodLabel = nullptr;
    QComboBox *m_period = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_paperLabel = nullptr;
    QComboBox *m_paper = nullptr;
    QPushButton *m_draft = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_addChart = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_preview = nullptr;
    QPushButton *m_print = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_draftNote = nullptr; // shown while the period has no items: the preview is a draft
    QTreeWidget *m_tree = nullptr;
    QTextBrowser *m_browser = nullptr;
    QSplitter *m_splitter = nullptr;
    QWidget *m_left = nullptr; // the list and its buttons, beside the preview
    std::unique_ptr<QTextDocument> m_previewDocument;
};

} // namespace Vigie
