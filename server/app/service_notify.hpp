#pragma once
// Readiness and state messages to systemd (sd_notify) for a `Type=notify` service.
// Every function is a no-op when NOTIFY_SOCKET is unset (run by hand, by a test, under
// another supervisor) and never fails the caller: a lost message only delays systemd.

namespace kvm48::app {

/// READY=1: the listener is bound and the plugins are loaded; systemd starts the units that
/// wait for this one. Also sent after a reload (see notify_reloading).
void notify_ready();

/// RELOADING=1 with MONOTONIC_USEC (what systemd 253+ wants from Type=notify-reload; 252
/// accepts it too), before a SIGHUP reload; follow it with notify_ready().
void notify_reloading();

/// STOPPING=1: shutdown has begun (systemd stops waiting for READY and shows "deactivating").
void notify_stopping();

}  // namespace kvm48::app
