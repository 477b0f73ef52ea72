package server

import (
	"net"
	"net/netip"
	"os"
	"strings"
	"time"
)

// What keeps tokki serve to this machine, and to what one person's
// browser asks of it.
const (
	maxConns   = 256 // open connections; more wait until one closes
	maxStreams = 64  // live-reload streams, one per open page
	// A page is written from memory at once; a slower reader is stuck.
	// The live-reload stream sets the deadline for each event instead.
	writeTimeout = 60 * time.Second
)

// hosts decides which Host headers the server answers. A page of another
// site can have the browser send requests to this port under a name of its
// own (DNS rebinding: evil.example made to resolve to 127.0.0.1) and read
// the answers as its own. Such a request carries the other site's name in
// Host, so the server answers only the names that stand for this machine:
//
//   - localhost and any name under .localhost, and the --bind address;
//   - IP addresses: loopback ones when bound to loopback, any when bound to
//     all interfaces or a network address. An address cannot be rebound, and
//     a user who binds beyond loopback reaches the server by this
//     machine's address from other machines (or through a forwarded port);
//   - when bound beyond loopback, this machine's host name, its first
//     label, and that label under .local (how other machines on the
//     network name it).
//
// The port is not compared: it adds nothing against rebinding, and an SSH
// tunnel or a container may bring requests in on another port.
type hosts struct {
	loopback bool            // bound to loopback only
	names    map[string]bool // names answered besides localhost and addresses
}

func newHosts(bind string) hosts {
	h := hosts{names: map[string]bool{}}
	b := normHost(bind)
	if ip, err := netip.ParseAddr(b); err == nil {
		h.loopback = ip.IsLoopback()
	} else {
		h.loopback = isLocalhost(b)
	}
	if b != "" {
		h.names[b] = true
	}
	if !h.loopback {
		if name, err := os.Hostname(); err == nil && name != "" {
			name = normHost(name)
			short, _, _ := strings.Cut(name, ".")
			h.names[name], h.names[short], h.names[short+".local"] = true, true, true
		}
	}
	return h
}

// allow reports whether a request whose Host header is hostport is for
// this machine.
func (h hosts) allow(hostport string) bool {
	host := hostport
	if name, _, err := net.SplitHostPort(hostport); err == nil {
		host = name
	}
	host = normHost(host)
	switch {
	case host == "":
		return false
	case isLocalhost(host), h.names[host]:
		return true
	}
	ip, err := netip.ParseAddr(host)
	return err == nil && (ip.IsLoopback() || !h.loopback)
}

// isLocalhost reports whether a name is localhost or under .localhost,
// which stand for the loopback address whatever the DNS says (RFC 6761).
func isLocalhost(name string) bool {
	return name == "localhost" || strings.HasSuffix(name, ".localhost")
}

// normHost lower-cases a host name and drops an IPv6 address's brackets
// and a fully qualified name's final dot.
func normHost(s string) string {
	s = strings.TrimSuffix(strings.TrimPrefix(s, "["), "]")
	return strings.TrimSuffix(strings.ToLower(s), ".")
}
