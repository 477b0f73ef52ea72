package revision

import (
	"strconv"
	"strings"

	"github.com/tokki-handbook/tokki/cmd/internal/msg"
)

// Name is a revision a user may type: a branch, a tag or a recent commit,
// with what it is (for shell completion).
type Name struct {
	Name, About string
}

// Names lists the branches and tags of the repository at root, then its
// recent commits (at most recent of them), newest first. Outside a Git
// checkout it returns ErrNoGit.
func Names(root string, recent int) ([]Name, error) {
	if _, err := prefix(root); err != nil {
		return nil, err
	}
	refs, err := git(root, nil, msg.Text("list branches and tags"), "for-each-ref",
		"--sort=-creatordate", "--format=%(refname:short)%00%(refname)%00%(subject)", "refs/heads", "refs/remotes", "refs/tags")
	if err != nil {
		return nil, err
	}
	var out []Name
	for _, line := range strings.Split(strings.TrimSuffix(string(refs), "\n"), "\n") {
		f := strings.SplitN(line, "\x00", 3)
		if len(f) != 3 || strings.HasSuffix(f[1], "/HEAD") {
			continue
		}
		kind := "branch"
		switch {
		case strings.HasPrefix(f[1], "refs/tags/"):
			kind = "tag"
		case strings.HasPrefix(f[1], "refs/remotes/"):
			kind = "remote branch"
		}
		out = append(out, Name{f[0], kind + ": " + f[2]})
	}
	if _, err := git(root, nil, "", "rev-parse", "--verify", "--quiet", "HEAD"); err != nil {
		return out, nil // no commits yet
	}
	log, err := git(root, nil, msg.Text("list recent commits"), "log", "-n", strconv.Itoa(recent), "--format=%h%x00%cs %s")
	if err != nil {
		return nil, err
	}
	for _, line := range strings.Split(strings.TrimSuffix(string(log), "\n"), "\n") {
		if h, about, ok := strings.Cut(line, "\x00"); ok {
			out = append(out, Name{h, about})
		}
	}
	return out, nil
}
