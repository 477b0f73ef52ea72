//go:build unix

package publish

import (
	"errors"
	"os"
	"syscall"

	"github.com/tokki-handbook/tokki/cmd/internal/msg"
)

// lock takes an exclusive lock on the destination folder itself (flock),
// waiting for a build that holds it. The system releases it when the
// process ends, however it ends. Where the file system has no locks (some
// network shares), the build goes on without one.
func lock(_ *os.Root, real, dest string, notice func(string)) (func(), error) {
	f, err := os.Open(real)
	if err != nil {
		return nil, err
	}
	fd := int(f.Fd())
	err = syscall.Flock(fd, syscall.LOCK_EX|syscall.LOCK_NB)
	if errors.Is(err, syscall.EWOULDBLOCK) {
		if notice != nil {
			notice(msg.Sprintf("waiting for another tokki build that is writing %s", dest))
		}
		err = syscall.Flock(fd, syscall.LOCK_EX)
	}
	if err != nil && !errors.Is(err, syscall.ENOTSUP) && !errors.Is(err, syscall.ENOLCK) && !errors.Is(err, syscall.EOPNOTSUPP) {
		f.Close()
		return nil, msg.Errorf("cannot lock %s: %w", dest, err)
	}
	return func() { f.Close() }, nil
}
