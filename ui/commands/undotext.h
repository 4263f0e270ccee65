#pragma once

#include <QString>

#include <functional>
#include <type_traits>
#include <utility>

namespace Vigie {

// The name of an undo step ("Change Forecast cost of Project SCT-12"). The Edit menu shows it, so it
// must follow the user's language: a function that builds it with tr() from what it captured (codes,
// numbers, bilingual names: data, never words already translated), run when the step is made and run
// again when the user switches languages (Editor::retranslate). A plain QString is a text kept as it
// is, in the language it was written in: for tests, and for texts that are data.
class UndoText
{
public:
    UndoText() = default;
    UndoText(const QString &fixed)
        : m_make([fixed] { return fixed; }), m_fixed(true)
    {
    }
    template<typename F, typename = std::enable_if_t<!std::is_same_v<std::decay_t<F>, UndoText>
                                                     && !std::is_convertible_v<F, QString>
                                                     && std::is_invocable_r_v<QString, const std::decay_t<F> &>>>
    UndoText(F make)
        : m_make(std::move(make))
    {
    }

    // The text in the current language.
    QString operator()() const { return m_make ? m_make() : QString(); }
    // A text kept as it is: it cannot be made in another language.
    bool isFixed() const { return m_fixed; }

private:
    std::function<QString()> m_make;
    bool m_fixed = false;
};

} // namespace Vigie
