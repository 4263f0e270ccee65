#pragma once

#include "merge/differ.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace Vigie {

// File → Compare with Another Portfolio…: what differs between the open portfolio and another file,
// item by item (added, removed, changed) and, for changed items, field by field, with both values.
// Items are matched by identity (core Differ), so a copy sent to a ministry compares with its master.
class CompareDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CompareDialog(const DiffResult &result, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    // The line above the differences: how many items differ, and how.
    QString summaryText() const;
    // Shows only the items whose name contains `text` and, with `kind` >= 0, of that DiffItem::Kind.
    void setFilter(const QString &text, int kind = -1);
    int visibleItems() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fill();
    void applyFilter();

    DiffResult m_result;
    QLabel *m_summary = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_kind = nullptr;
    QTreeWidget *m_tree = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Vigie
