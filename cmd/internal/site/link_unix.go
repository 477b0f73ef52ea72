//go:build unix

package site

import (
	"io/fs"
	"syscall"
)

// linkUnchanged is whether Dir links unchanged files from the previous site.
const linkUnchanged = true

// linkable reports whether a file just hard-linked from the previous site
// may stay: only the previous site and the new one link to it, and it has
// the owner, group and mode of probe, a file this process wrote.
func linkable(st, probe fs.FileInfo) bool {
	s, ok := st.Sys().(*syscall.Stat_t)
	p, ok2 := probe.Sys().(*syscall.Stat_t)
	return ok && ok2 && st.Mode().IsRegular() && s.Nlink == 2 && s.Uid == p.Uid && s.Gid == p.Gid &&
		st.Mode().Perm() == probe.Mode().Perm()
}
