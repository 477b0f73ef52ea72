package review

import (
	"path"
	"strconv"
	"strings"
)

// Entry is one revision of the handbook in its Git history.
type Entry struct {
	Hash, Date, Subject string
	Files               []string // handbook files it changed, relative to the handbook root
}

// History lists the commits that changed the handbook's sources, newest
// first, at most limit of them. Outside a Git checkout it returns ErrNoGit.
func History(root string, limit int) ([]Entry, error) {
	prefix, err := git(root, nil, "rev-parse", "--show-prefix")
	if err != nil {
		return nil, ErrNoGit
	}
	p := strings.TrimSpace(string(prefix))
	out, err := git(root, nil, "log", "-n", strconv.Itoa(limit), "--format=@@%h%x00%cs%x00%s", "--name-only", "--",
		p+"clauses", p+"checklist", p+"content")
	if err != nil {
		// A repository without commits has no history yet.
		return nil, nil
	}
	var entries []Entry
	for _, block := range strings.Split(string(out), "@@")[1:] {
		lines := strings.Split(strings.TrimSpace(block), "\n")
		f := strings.SplitN(lines[0], "\x00", 3)
		if len(f) != 3 {
			continue
		}
		e := Entry{Hash: f[0], Date: f[1], Subject: f[2]}
		for _, l := range lines[1:] {
			if l = strings.TrimSpace(l); l != "" {
				e.Files = append(e.Files, path.Clean(strings.TrimPrefix(l, p)))
			}
		}
		entries = append(entries, e)
	}
	return entries, nil
}
