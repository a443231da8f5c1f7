#include "prompt.h"

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace wharf::cli {

namespace {

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin));
#else
    return isatty(STDIN_FILENO);
#endif
}

std::optional<QString> getLine()
{
    std::string line;
    if (!std::getline(std::cin, line))
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

// Switches terminal echo off for its lifetime and back on afterwards.
class EchoOff
{
public:
    EchoOff()
    {
#ifdef Q_OS_WIN
        m_handle = GetStdHandle(STD_INPUT_HANDLE);
        m_ok = GetConsoleMode(m_handle, &m_mode);
        if (m_ok)
            SetConsoleMode(m_handle, m_mode & ~ENABLE_ECHO_INPUT);
#else
        m_ok = tcgetattr(STDIN_FILENO, &m_saved) == 0;
        if (m_ok) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            quiet.c_lflag |= ECHONL; // still move to the next line on Enter
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
#endif
    }
    ~EchoOff()
    {
#ifdef Q_OS_WIN
        if (m_ok)
            SetConsoleMode(m_handle, m_mode);
#else
        if (m_ok)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
#endif
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    bool m_ok = false;
#ifdef Q_OS_WIN
    HANDLE m_handle;
    DWORD m_mode = 0;
#else
    termios m_saved {};
#endif
};

} // namespace

std::optional<QString> readSecret(const QString &prompt)
{
    if (!stdinIsTerminal())
        return getLine();
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    EchoOff echoOff;
    return getLine();
}

std::optional<QString> readLine(const QString &prompt)
{
    if (stdinIsTerminal()) {
        std::fputs(prompt.toLocal8Bit().constData(), stderr);
        std::fflush(stderr);
    }
    return getLine();
}

QString readAllStdin()
{
    std::string all((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    return QString::fromStdString(all).trimmed();
}

} // namespace wharf::cli
