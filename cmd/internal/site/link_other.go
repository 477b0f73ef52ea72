//go:build !unix

package site

import "io/fs"

// linkUnchanged is whether Dir links unchanged files from the previous
// site: not here, where a file's link count and owner cannot be checked.
const linkUnchanged = false

func linkable(st, probe fs.FileInfo) bool { return false }
