#pragma once

namespace strongroom {

// Hook for crash tests: when the environment variable STRONGROOM_TEST_CRASH_POINT equals `name`,
// the process kills itself with SIGKILL right there, as a power cut would stop it. Tests use it to
// prove that every step of a multi-step change leaves either the old state or a resumable one. It
// has no effect when the variable is unset, and it can only stop the process that reads it.
void crashPointForTests(const char *name);

// Hook for tests that change a file under a running command: when STRONGROOM_TEST_PAUSE_POINT
// equals `name`, the process stops itself (SIGSTOP) right there; the test sees it stopped, does
// its change (e.g. truncates the file being read) and resumes it with SIGCONT.
void pausePointForTests(const char *name);

} // namespace strongroom
