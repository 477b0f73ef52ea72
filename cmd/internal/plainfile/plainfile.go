// Package plainfile reads and writes regular files with as few system calls
// as it takes. os.Open and os.WriteFile also get every file ready for the
// runtime's poller: four fcntl calls and an epoll_ctl that fails for a
// regular file. A build that reads and writes thousands of small files
// spent a third of its system calls on that. Elsewhere than on Unix the
// package is a thin layer over package os.
package plainfile
