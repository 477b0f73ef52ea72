//go:build unix

package atomicfile

import (
	"os"
	"syscall"
)

// dup opens a second descriptor on fd's open file: it shares the offset,
// and closing it leaves fd open.
func dup(fd int, name string) (*os.File, error) {
	d, err := syscall.Dup(fd)
	if err != nil {
		return nil, err
	}
	syscall.CloseOnExec(d)
	return os.NewFile(uintptr(d), name), nil
}
