/*
 * pipe.c: a shell command fed with text (see pipe.h).
 */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "lreader/pipe.h"
#include "lreader/util.h"

/* Write all of text to fd; a reader that went away is not an error (the
 * command may read only the start: `head -3`). */
static void
feed(int fd, const char *text, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, text, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return;
		text += w;
		n -= (size_t)w;
	}
}

int
pipe_run(const char *cmd, const char *text, size_t n, int *status,
    char **err)
{
	struct sigaction ign, old_int, old_quit, old_pipe, dfl;
	int fds[2];
	pid_t pid;

	if (pipe(fds) != 0) {
		*err = xasprintf("pipe: %s", strerror(errno));
		return -1;
	}
	memset(&ign, 0, sizeof ign);
	ign.sa_handler = SIG_IGN;
	sigemptyset(&ign.sa_mask);
	dfl = ign;
	dfl.sa_handler = SIG_DFL;
	sigaction(SIGINT, &ign, &old_int);
	sigaction(SIGQUIT, &ign, &old_quit);
	sigaction(SIGPIPE, &ign, &old_pipe);
	pid = fork();
	if (pid == 0) {
		sigaction(SIGINT, &dfl, NULL);
		sigaction(SIGQUIT, &dfl, NULL);
		sigaction(SIGPIPE, &dfl, NULL);
		close(fds[1]);
		if (fds[0] != STDIN_FILENO) {
			dup2(fds[0], STDIN_FILENO);
			close(fds[0]);
		}
		execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
		_exit(127);
	}
	close(fds[0]);
	if (pid > 0)
		feed(fds[1], text, n);
	close(fds[1]);
	if (pid > 0)
		while (waitpid(pid, status, 0) < 0 && errno == EINTR)
			;
	sigaction(SIGINT, &old_int, NULL);
	sigaction(SIGQUIT, &old_quit, NULL);
	sigaction(SIGPIPE, &old_pipe, NULL);
	if (pid < 0) {
		*err = xasprintf("fork: %s", strerror(errno));
		return -1;
	}
	return 0;
}

char *
pipe_describe(int status)
{
	if (WIFEXITED(status))
		return xasprintf("exit %d", WEXITSTATUS(status));
	if (WIFSIGNALED(status))
		return xasprintf("killed by signal %d", WTERMSIG(status));
	return xstrdup("ended");
}
