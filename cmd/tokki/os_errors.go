package main

import (
	"errors"
	"io/fs"
	"regexp"
	"syscall"

	"github.com/tokki-handbook/tokki/cmd/internal/msg"
)

// osReason says why a file could not be read or written, in the user's
// terms: "it does not exist", not "open x: no such file or directory".
func osReason(err error, writing bool) string {
	var errno syscall.Errno
	switch {
	case errors.Is(err, fs.ErrNotExist) && writing:
		return msg.Text("the folder it goes in does not exist; create it first or choose another")
	case errors.Is(err, fs.ErrNotExist):
		return msg.Text("it does not exist (a relative path starts from the folder tokki runs in)")
	case errors.Is(err, fs.ErrPermission):
		return msg.Text("you do not have permission; check the permissions, or use another place")
	case errors.Is(err, syscall.EISDIR):
		return msg.Text("it is a folder; give a file")
	case errors.Is(err, syscall.ENOTDIR):
		return msg.Text("a part of its path is a file, not a folder")
	case errors.Is(err, syscall.ENOSPC):
		return msg.Text("the disk is full; free some space")
	case errors.Is(err, syscall.EROFS):
		return msg.Text("the disk is read-only; use another place")
	case errors.As(err, &errno):
		return errno.Error()
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// osErrorRE finds a system error left in a message: "open x.yaml: no such
// file or directory".
var osErrorRE = regexp.MustCompile(`\b(open|read|write|mkdir|stat|lstat|remove|rename|chmod|readdirent|symlink|link) ([^:]+): (no such file or directory|permission denied|is a directory|not a directory|no space left on device|read-only file system|file exists)`)

var osWords = map[string]string{
	"no such file or directory": msg.Mark("does not exist"),
	"permission denied":         msg.Mark("may not be read or written (permission denied); check its permissions"),
	"is a directory":            msg.Mark("is a folder, not a file"),
	"not a directory":           msg.Mark("has a file where a folder should be in its path"),
	"no space left on device":   msg.Mark("cannot be written: the disk is full"),
	"read-only file system":     msg.Mark("cannot be written: the disk is read-only"),
	"file exists":               msg.Mark("already exists"),
}

// plainMessage is the last word on what reaches the user: a system error
// that a command passed on as it was ("mkdir x: no such file or
// directory") is said in plain words ("the folder x goes in does not
// exist").
func plainMessage(text string) string {
	return osErrorRE.ReplaceAllStringFunc(text, func(s string) string {
		m := osErrorRE.FindStringSubmatch(s)
		op, path, why := m[1], m[2], m[3]
		if why == "no such file or directory" && op != "open" && op != "read" && op != "stat" && op != "lstat" {
			return msg.Sprintf("the folder %s goes in does not exist; create it first or choose another", path)
		}
		return msg.Sprintf("%s %s", path, msg.Text(osWords[why]))
	})
}
