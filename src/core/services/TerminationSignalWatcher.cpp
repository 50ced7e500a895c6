// SPDX-FileCopyrightText: 2026 MocoTrack contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/services/TerminationSignalWatcher.h"

#include <QSocketNotifier>

#if defined(Q_OS_UNIX)
#include <array>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

#if defined(Q_OS_UNIX)
namespace {
// A signal handler may only do async-signal-safe work: it writes the signal
// number into a socket pair, and a QSocketNotifier reads it in the event loop.
int s_socketPair[2] = {-1, -1};
constexpr std::array<int, 3> watchedSignals{SIGTERM, SIGINT, SIGHUP};
std::array<struct sigaction, watchedSignals.size()> s_previousActions{};
std::array<bool, watchedSignals.size()> s_installed{};

void handleSignal(int signalNumber)
{
    const char byte = static_cast<char>(signalNumber);
    [[maybe_unused]] const auto written = ::write(s_socketPair[0], &byte, 1);
}
} // namespace
#endif

TerminationSignalWatcher::TerminationSignalWatcher(QObject *parent)
    : QObject(parent)
{
#if defined(Q_OS_UNIX)
    Q_ASSERT_X(s_socketPair[0] < 0, "TerminationSignalWatcher", "only one instance may exist");
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_socketPair) != 0)
        return;
    m_notifier = new QSocketNotifier(s_socketPair[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminationSignalWatcher::onActivated);

    struct sigaction action = {};
    action.sa_handler = handleSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (std::size_t i = 0; i < watchedSignals.size(); ++i) {
        // A signal ignored on purpose (nohup) stays ignored.
        if (::sigaction(watchedSignals[i], nullptr, &s_previousActions[i]) != 0 ||
            s_previousActions[i].sa_handler == SIG_IGN)
            continue;
        s_installed[i] = ::sigaction(watchedSignals[i], &action, nullptr) == 0;
    }
#endif
}

TerminationSignalWatcher::~TerminationSignalWatcher()
{
#if defined(Q_OS_UNIX)
    if (!m_notifier)
        return;
    restoreDefaults();
    delete m_notifier;
    ::close(s_socketPair[0]);
    ::close(s_socketPair[1]);
    s_socketPair[0] = s_socketPair[1] = -1;
#endif
}

bool TerminationSignalWatcher::isActive() const
{
    return m_notifier != nullptr;
}

void TerminationSignalWatcher::onActivated()
{
#if defined(Q_OS_UNIX)
    char byte = 0;
    if (::read(s_socketPair[1], &byte, 1) != 1)
        return;
    restoreDefaults();
    emit terminationRequested(static_cast<int>(byte));
#endif
}

void TerminationSignalWatcher::restoreDefaults()
{
#if defined(Q_OS_UNIX)
    for (std::size_t i = 0; i < watchedSignals.size(); ++i) {
        if (s_installed[i])
            ::sigaction(watchedSignals[i], &s_previousActions[i], nullptr);
        s_installed[i] = false;
    }
#endif
}
