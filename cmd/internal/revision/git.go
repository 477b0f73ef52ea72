// Package revision reads the handbook from its Git repository: the
// handbook as it was at a revision (Load), for the 新旧対照表, and the
// history of the commits that changed it (History), for the 改訂履歴 page.
// Git is run as a command; nothing here writes to the repository.
package revision

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strconv"
	"strings"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/msg"
)

// Revision describes one side of a comparison.
type Revision struct {
	Name    string // as the user gave it, or "" for the working tree
	Hash    string // abbreviated commit hash
	Date    string // YYYY-MM-DD
	Subject string
}

// Label is how the revision is named in a 新旧対照表.
func (r Revision) Label() string {
	if r.Name == "" {
		return "作業中のファイル（未コミット）"
	}
	return fmt.Sprintf("%s（%s、%s）%s", r.Name, r.Hash, r.Date, r.Subject)
}

// ErrNoGit is returned when the handbook is not in a Git checkout, or git
// is not installed (ErrGitMissing, which is also ErrNoGit).
var ErrNoGit = errors.New("not in a Git checkout")

// ErrGitMissing is returned when there is no git command to run.
var ErrGitMissing = fmt.Errorf("%w: git is not installed (or not on PATH)", ErrNoGit)

// gitError is a git command that failed: what it was for, and git's own
// words, which say why but not what tokki was doing.
type gitError struct {
	doing string // e.g. "list the files of revision v1"
	msg   string // git's standard error, or how it failed to run
}

func (e *gitError) Error() string {
	return msg.Sprintf("cannot %s (git says: %s)", e.doing, gitSays(e.msg))
}

// gitSays is git's message as a clause of a sentence: its first line
// without the "fatal: " or "error: " git starts it with.
func gitSays(msg string) string {
	msg, _, _ = strings.Cut(strings.TrimSpace(msg), "\n")
	for _, p := range []string{"fatal: ", "error: ", "warning: "} {
		msg = strings.TrimPrefix(msg, p)
	}
	return msg
}

// git runs git in root. The options before the command make its output the
// same for every user: file names unquoted (core.quotepath, so that
// Japanese names come out as they are), no colour, no signatures, and
// pathspecs taken literally (a handbook folder named [案] is not a glob).
// doing says what the command is for, in the error if it fails.
func git(root string, stdin io.Reader, doing string, args ...string) ([]byte, error) {
	cmd := exec.Command("git", append([]string{"-c", "core.quotepath=off", "-c", "color.ui=never",
		"-c", "log.showSignature=false", "--literal-pathspecs", "-C", root}, args...)...)
	cmd.Stdin = stdin
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if errors.Is(err, exec.ErrNotFound) {
		return nil, ErrGitMissing
	}
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		return nil, &gitError{doing: doing, msg: msg}
	}
	return out, nil
}

// prefix is the handbook root's path inside its repository ("" at the top,
// else ending in /). Outside a repository it returns ErrNoGit.
func prefix(root string) (string, error) {
	out, err := git(root, nil, msg.Text("find the Git repository"), "rev-parse", "--show-prefix")
	var ge *gitError
	if errors.As(err, &ge) {
		if strings.Contains(ge.msg, "not a git repository") {
			return "", ErrNoGit
		}
		return "", fmt.Errorf("%w (git says: %s)", ErrNoGit, gitSays(ge.msg))
	}
	if err != nil {
		return "", err
	}
	return strings.TrimSuffix(string(out), "\n"), nil
}

// Check refuses a revision that git would read as an option: the
// user means a branch, tag or commit, and an option such as --output=FILE
// would make git write a file.
func Check(rev string) error {
	if rev == "" {
		return msg.Errorf("the revision is empty; give a branch, tag or commit")
	}
	if strings.HasPrefix(rev, "-") {
		return msg.Errorf("revision %q starts with -, which git would read as an option; give a branch, tag or commit", rev)
	}
	return nil
}

// resolve turns rev into the full hash of a commit.
func resolve(root, rev string) (string, error) {
	out, err := git(root, nil, msg.Sprintf("find revision %q", rev),
		"rev-parse", "--verify", "--quiet", "--end-of-options", rev+"^{commit}")
	var ge *gitError
	if errors.As(err, &ge) {
		hint := msg.Text("check its name with git log or git tag")
		if s, _ := Shallow(root); s {
			hint = msg.Text("this clone is shallow and may not have it: fetch the whole history with git fetch --unshallow (in CI, fetch-depth: 0)")
		}
		return "", msg.Errorf("revision %q is not a commit in this repository; %s", rev, hint)
	}
	if err != nil {
		return "", err
	}
	return strings.TrimSpace(string(out)), nil
}

// Load loads the handbook whose root is root as it was at rev.
func Load(root, rev string) (*content.Handbook, Revision, error) {
	if err := Check(rev); err != nil {
		return nil, Revision{}, err
	}
	p, err := prefix(root)
	if err != nil {
		return nil, Revision{}, err
	}
	hash, err := resolve(root, rev)
	if err != nil {
		return nil, Revision{}, err
	}
	info, err := git(root, nil, msg.Sprintf("read revision %q", rev),
		"log", "-1", "--format=%h%x00%cs%x00%s", "--end-of-options", hash, "--")
	if err != nil {
		return nil, Revision{}, err
	}
	f := strings.SplitN(strings.TrimSpace(string(info)), "\x00", 3)
	if len(f) != 3 {
		return nil, Revision{}, fmt.Errorf("revision %q: unexpected git output %q", rev, info)
	}
	r := Revision{Name: rev, Hash: f[0], Date: f[1], Subject: f[2]}

	tree, err := git(root, nil, msg.Sprintf("list the files of revision %q", rev),
		"ls-tree", "-r", "-z", "--full-tree", "--end-of-options", hash, "--",
		p+content.ClausesDir, p+content.ChecklistDir, p+content.ContentDir)
	if err != nil {
		return nil, r, err
	}
	type blob struct{ hash, path string }
	var blobs []blob
	for _, entry := range strings.Split(string(tree), "\x00") {
		meta, path, ok := strings.Cut(entry, "\t")
		if !ok {
			continue
		}
		fields := strings.Fields(meta)
		if len(fields) != 3 || fields[1] != "blob" {
			continue
		}
		blobs = append(blobs, blob{fields[2], strings.TrimPrefix(path, p)})
	}
	var req bytes.Buffer
	for _, b := range blobs {
		req.WriteString(b.hash + "\n")
	}
	out, err := git(root, &req, msg.Sprintf("read the files of revision %q", rev), "cat-file", "--batch")
	if err != nil {
		return nil, r, err
	}
	files := make(map[string][]byte, len(blobs))
	rd := bufio.NewReader(bytes.NewReader(out))
	for _, b := range blobs {
		header, err := rd.ReadString('\n')
		if err != nil {
			return nil, r, err
		}
		h := strings.Fields(header)
		if len(h) != 3 {
			return nil, r, fmt.Errorf("git cat-file: %q", header)
		}
		size, _ := strconv.Atoi(h[2])
		data := make([]byte, size)
		if _, err := io.ReadFull(rd, data); err != nil {
			return nil, r, err
		}
		rd.ReadByte() // the newline after each object
		files[b.path] = data
	}
	h, err := content.LoadMap(files)
	if err != nil {
		return nil, r, fmt.Errorf("revision %s: %w", rev, err)
	}
	return h, r, nil
}
