package review

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strconv"
	"strings"
	"testing/fstest"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
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

// ErrNoGit is returned when the handbook is not in a Git checkout.
var ErrNoGit = errors.New("not in a Git checkout")

func git(root string, stdin io.Reader, args ...string) ([]byte, error) {
	cmd := exec.Command("git", append([]string{"-C", root}, args...)...)
	cmd.Stdin = stdin
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		return nil, errors.New(msg)
	}
	return out, nil
}

// LoadRevision loads the handbook whose root is root as it was at rev.
func LoadRevision(root, rev string) (*content.Handbook, Revision, error) {
	prefix, err := git(root, nil, "rev-parse", "--show-prefix")
	if err != nil {
		return nil, Revision{}, fmt.Errorf("%w: %v", ErrNoGit, err)
	}
	info, err := git(root, nil, "log", "-1", "--format=%h%x00%cs%x00%s", rev+"^{commit}", "--")
	if err != nil {
		return nil, Revision{}, fmt.Errorf("revision %q: %v", rev, err)
	}
	f := strings.SplitN(strings.TrimSpace(string(info)), "\x00", 3)
	if len(f) != 3 {
		return nil, Revision{}, fmt.Errorf("revision %q: unexpected git output", rev)
	}
	r := Revision{Name: rev, Hash: f[0], Date: f[1], Subject: f[2]}

	p := strings.TrimSpace(string(prefix))
	tree, err := git(root, nil, "ls-tree", "-r", "-z", "--full-tree", rev, "--",
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
	out, err := git(root, &req, "cat-file", "--batch")
	if err != nil {
		return nil, r, err
	}
	fsys := fstest.MapFS{}
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
		fsys[b.path] = &fstest.MapFile{Data: data}
	}
	h, err := content.LoadFS(fsys)
	if err != nil {
		return nil, r, fmt.Errorf("revision %s: %w", rev, err)
	}
	return h, r, nil
}
