#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;
class QMenuBar;
class QWidget;

namespace Vigie {

class Document;
class HealthRuleDialog;

// The Portfolio menu: settings of the whole portfolio that change what every view shows. Today the
// health rule (Portfolio → Health Rule…), applied through the document's edit facade so it is one
// undoable edit. Owned by the main window; follows its document.
class PortfolioActions : public QObject
{
    Q_OBJECT
public:
    explicit PortfolioActions(QWidget *window);

    // Adds the Portfolio menu to `bar`, before `before` (null: at the end).
    void addMenu(QMenuBar *bar, QAction *before);
    void setDocument(Document *document);
    QAction *healthRuleAction() const { return m_healthRule; }
    QMenu *menu() const { return m_menu; }

    // Tests: called with the dialog instead of exec(); returns whether it was accepted.
    static void setDialogHook(std::function<bool(HealthRuleDialog &)> hook);

public Q_SLOTS:
    void editHealthRule();

private:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void retranslate();

    QWidget *m_window;
    QPointer<Document> m_document;
    QMenu *m_menu = nullptr;
    QAction *m_healthRule;
};

} // namespace Vigie
