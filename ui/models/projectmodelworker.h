#pragma once

// What ProjectModel and its worker thread share (projectmodel.cpp, projectmodelworker.cpp).

#include "models/projectmodel.h"

#include <QMutex>
#include <QThread>
#include <QWaitCondition>

#include <atomic>
#include <memory>
#include <optional>

namespace Vigie {

namespace ProjectRows {
inline constexpr int kWindow = 128; // rows read at once for the view
inline constexpr size_t kKeep = 4096; // rows kept per generation of the window
inline constexpr int kFirstScreen = 256; // rows shown while a large answer is computed: several screens
} // namespace ProjectRows

// The worker thread: its own read-only connection to the file, answering the newest query only.
struct ProjectModel::Worker
{
    QMutex mutex;
    QWaitCondition wake;
    std::optional<ProjectQuery> next; // the newest query not started yet
    bool nextWithCounts = false;
    int nextGeneration = 0;
    std::atomic<int> latest { 0 }; // the generation of the newest query asked
    std::atomic<bool> quit { false };
    std::unique_ptr<QThread> thread;
};

} // namespace Vigie
