package revision

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"path"
	"strconv"
	"strings"

	"github.com/tokki-handbook/tokki/cmd/internal/msg"
)

// Version is one file as one commit recorded it.
type Version struct {
	Revision
	Path string // the file's path then, relative to the handbook root (it may since have been renamed)
	Data []byte
}

// FileVersions lists the versions of one handbook file (rel, a slash path
// relative to root) that its commits recorded, newest first, at most limit
// of them, following renames. A file Git does not know has none. Outside a
// Git checkout it returns ErrNoGit.
func FileVersions(root, rel string, limit int) ([]Version, error) {
	p, err := prefix(root)
	if err != nil {
		return nil, err
	}
	if _, err := git(root, nil, "", "rev-parse", "--verify", "--quiet", "HEAD"); err != nil {
		return nil, nil // no commits yet
	}
	// Each commit is a record that starts with \x01; -z ends the format
	// and each name with a NUL. --name-only names the file as that commit
	// had it, which --follow keeps across renames.
	out, err := git(root, nil, msg.Sprintf("read the history of %s", rel), "log", "-z", "--follow", "-n", strconv.Itoa(limit),
		"--format=%x01%H%x00%h%x00%cs%x00%s", "--name-only", "--", rel)
	if err != nil {
		return nil, err
	}
	var vs []Version
	var req bytes.Buffer
	for _, rec := range strings.Split(string(out), "\x01")[1:] {
		f := strings.Split(rec, "\x00")
		if len(f) < 5 {
			continue
		}
		name := strings.TrimPrefix(f[4], "\n")
		if name == "" {
			continue // a commit that deleted the file, or a merge
		}
		v := Version{Revision: Revision{Name: f[1], Hash: f[1], Date: f[2], Subject: f[3]},
			Path: path.Clean(strings.TrimPrefix(name, p))}
		vs = append(vs, v)
		fmt.Fprintf(&req, "%s:%s\n", f[0], name)
	}
	if len(vs) == 0 {
		return nil, nil
	}
	data, err := git(root, &req, msg.Sprintf("read the versions of %s", rel), "cat-file", "--batch")
	if err != nil {
		return nil, err
	}
	rd := bufio.NewReader(bytes.NewReader(data))
	var kept []Version
	for _, v := range vs {
		header, err := rd.ReadString('\n')
		if err != nil {
			return nil, err
		}
		h := strings.Fields(header)
		if len(h) == 2 && h[1] == "missing" {
			continue // the commit deleted it
		}
		if len(h) != 3 {
			return nil, fmt.Errorf("git cat-file: %q", header)
		}
		size, _ := strconv.Atoi(h[2])
		v.Data = make([]byte, size)
		if _, err := io.ReadFull(rd, v.Data); err != nil {
			return nil, err
		}
		rd.ReadByte() // the newline after each object
		kept = append(kept, v)
	}
	return kept, nil
}
