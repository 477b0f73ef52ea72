//go:build !unix

package atomicfile

import (
	"errors"
	"os"
)

// dup is for Unix descriptor names, which other systems do not have.
func dup(fd int, name string) (*os.File, error) {
	return nil, errors.New("descriptor names are a Unix feature")
}
