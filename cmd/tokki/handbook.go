package main

import (
	"errors"
	"io/fs"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/msg"
)

// loadHandbook loads the handbook at --source, turning every failure into
// an exit code 2 with a message that names the folder.
func loadHandbook(g *globals) (*content.Handbook, error) {
	h, err := content.Load(g.source)
	switch {
	case err == nil:
		return h, nil
	case errors.Is(err, content.ErrNotHandbook):
		return nil, &exitError{code: exitUsage, msg: msg.Sprintf("%s is not a handbook: it has no clauses/, checklist/ or content/ folder (use --source to point at one)", g.source)}
	case errors.Is(err, fs.ErrNotExist):
		return nil, &exitError{code: exitUsage, msg: msg.Sprintf("%s does not exist", g.source)}
	}
	return nil, &exitError{code: exitUsage, msg: msg.Sprintf("cannot read the handbook at %s: %s", g.source, osReason(err, false))}
}
