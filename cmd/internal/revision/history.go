package revision

import (
	"bytes"
	"errors"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/msg"
)

// Log is the handbook's Git history, as the 改訂履歴 page shows it.
type Log struct {
	Entries []Entry // newest first
	// Shallow is set when the checkout is a shallow clone (CI checkouts are,
	// by default): the history stops at the oldest commit fetched.
	Shallow bool
}

// Entry is one revision of the handbook in its Git history.
type Entry struct {
	Hash, Date, Subject string
	Files               []string // handbook files it changed, relative to the handbook root
	// Cut is set on a commit whose parents a shallow clone did not fetch:
	// git compares it with nothing and would list every file as changed,
	// so Files is empty and what it changed is not known.
	Cut bool
}

// History lists the commits that changed the handbook's sources, newest
// first, at most limit of them. Outside a Git checkout it returns ErrNoGit.
func History(root string, limit int) (*Log, error) {
	p, err := prefix(root)
	if err != nil {
		return nil, err
	}
	shallow, err := Shallow(root)
	if err != nil {
		return nil, err
	}
	// -z separates every field, file name and commit with a NUL, so that no
	// name or subject can be read as another. The folders are relative to
	// root (git runs there); the names git lists, to the repository's top.
	out, err := git(root, nil, msg.Text("read the Git history"), "log", "-z", "-n", strconv.Itoa(limit),
		"--format=%H%x00%h%x00%cs%x00%s", "--name-only", "--",
		content.ClausesDir, content.ChecklistDir, content.ContentDir)
	if err != nil {
		if _, headErr := git(root, nil, "", "rev-parse", "--verify", "--quiet", "HEAD"); headErr != nil {
			return &Log{Shallow: shallow}, nil // a repository without commits has no history yet
		}
		return nil, err
	}
	var cut map[string]bool
	if shallow {
		if cut, err = shallowCommits(root); err != nil {
			return nil, err
		}
	}
	log := &Log{Shallow: shallow}
	fields := strings.Split(strings.TrimSuffix(string(out), "\x00"), "\x00")
	for len(fields) >= 4 {
		e := Entry{Hash: fields[1], Date: fields[2], Subject: fields[3], Cut: cut[fields[0]]}
		fields = fields[4:]
		// Then the file names, each with a slash (they are under p's
		// folders), up to the next commit's hash, which has none. The
		// first name follows a line feed.
		for len(fields) > 0 && strings.Contains(fields[0], "/") {
			if !e.Cut {
				e.Files = append(e.Files, path.Clean(strings.TrimPrefix(strings.TrimPrefix(fields[0], "\n"), p)))
			}
			fields = fields[1:]
		}
		log.Entries = append(log.Entries, e)
	}
	return log, nil
}

// Shallow reports whether the repository at root is a shallow clone.
func Shallow(root string) (bool, error) {
	out, err := git(root, nil, msg.Text("ask Git whether the clone is shallow"), "rev-parse", "--is-shallow-repository")
	if err != nil {
		return false, err
	}
	return strings.TrimSpace(string(out)) == "true", nil
}

// shallowCommits are the commits of a shallow clone whose parents were not
// fetched, which git keeps in the repository's shallow file.
func shallowCommits(root string) (map[string]bool, error) {
	out, err := git(root, nil, msg.Text("find the shallow clone's oldest commits"), "rev-parse", "--git-path", "shallow")
	if err != nil {
		return nil, err
	}
	name := strings.TrimSuffix(string(out), "\n")
	if !filepath.IsAbs(name) {
		name = filepath.Join(root, name)
	}
	b, err := os.ReadFile(name)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	commits := map[string]bool{}
	for _, h := range bytes.Fields(b) {
		commits[string(h)] = true
	}
	return commits, nil
}
