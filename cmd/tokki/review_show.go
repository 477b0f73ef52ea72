package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/tokki-handbook/tokki/cmd/internal/content"
	"github.com/tokki-handbook/tokki/cmd/internal/msg"
	"github.com/tokki-handbook/tokki/cmd/internal/review"
	"github.com/tokki-handbook/tokki/cmd/internal/revision"
)

// historyDepth bounds how many commits of a clause file --show reads.
const historyDepth = 1000

// showChanges prints, for each check item named (or each item of a clause
// named), what changed in its clause since the item was reviewed.
func showChanges(cmd *cobra.Command, g *globals, h *content.Handbook, ids []string) error {
	byID := map[string]*content.Check{}
	for _, k := range h.Checks {
		byID[k.ID] = k
	}
	var items []*content.Check
	for _, id := range ids {
		switch {
		case byID[id] != nil:
			items = append(items, byID[id])
		case h.ClauseByID(id) != nil:
			items = append(items, h.ChecksFor(id)...)
		default:
			return &exitError{code: exitUsage, msg: msg.Sprintf("%q is not the id of a check item or a clause", id)}
		}
	}
	w := cmd.OutOrStdout()
	for i, k := range items {
		if i > 0 {
			fmt.Fprintln(w)
		}
		if err := showOne(w, g.source, h, k); err != nil {
			return err
		}
	}
	return nil
}

func showOne(w io.Writer, root string, h *content.Handbook, k *content.Check) error {
	cl := h.ClauseByID(k.Clause)
	if cl == nil {
		return &exitError{code: exitUsage, msg: msg.Sprintf("%s: clause %q does not exist; fix the item first", k.Path, k.Clause)}
	}
	raw, _ := k.Value("reviewed_clause").(string)
	stamp, ok := review.Parse(raw)
	if !ok {
		fmt.Fprint(w, msg.Sprintf("%s has not been reviewed against %s yet (it has no reviewed_clause): read it with %s (%s) and run tokki review %s\n",
			k.ID, cl.ID, cl.ID, cl.Path, k.ID))
		return nil
	}
	parts := review.Of(cl).Changes(stamp)
	if len(parts) == 0 {
		fmt.Fprint(w, msg.Sprintf("%s: %s has not changed since the item was reviewed (%s)\n", k.ID, cl.ID, stamp))
		return nil
	}
	var names []string
	for _, p := range parts {
		names = append(names, review.PartNames[p])
	}
	changed := strings.Join(names, "、")

	old, from, why := reviewedVersion(root, cl, stamp)
	if old == nil {
		fmt.Fprint(w, msg.Sprintf("%s: %s's %s changed since the item was reviewed (%s), but %s.\nThe %s as it is now:\n",
			k.ID, cl.ID, changed, stamp, why, changed))
		review.WriteChanges(w, nil, cl, parts)
		return nil
	}
	fmt.Fprint(w, msg.Sprintf("%s was reviewed against %s as in %s; since then its %s changed ([-removed-]{+added+}):\n",
		k.ID, cl.ID, from, changed))
	review.WriteChanges(w, old, cl, parts)
	return nil
}

// reviewedVersion finds in Git the version of a clause's file that a stamp
// was taken of, newest first, and says where it is; or, when there is
// none, why.
func reviewedVersion(root string, cl *content.Clause, stamp review.Fingerprint) (*content.Clause, string, string) {
	versions, err := revision.FileVersions(root, cl.Path, historyDepth)
	switch {
	case errors.Is(err, revision.ErrNoGit):
		return nil, "", msg.Text("the handbook is not in a Git checkout, so the text reviewed is not known")
	case err != nil:
		return nil, "", msg.Sprintf("its history could not be read (%v)", err)
	}
	for _, v := range versions {
		old, err := review.ClauseAt(v.Path, v.Data)
		if err == nil && old.ID == cl.ID && review.Matches(old, stamp) {
			return old, msg.Sprintf("commit %s (%s %s)", v.Hash, v.Date, shorten(v.Subject, 50)), ""
		}
	}
	why := msg.Sprintf("no commit of %s has the text it was reviewed against (the stamp may come from another branch or an edit never committed)", cl.Path)
	if shallow, _ := revision.Shallow(root); shallow {
		why = msg.Sprintf("this clone is shallow and no commit it has of %s matches; fetch the whole history with git fetch --unshallow (in CI, fetch-depth: 0)", cl.Path)
	}
	return nil, "", why
}

// shorten cuts a commit subject to n characters.
func shorten(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n]) + "…"
	}
	return s
}
