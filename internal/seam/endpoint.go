package seam

import (
	"fmt"
	"net"
	"net/url"
	"strings"
)

// DefaultEndpoint is Seam's production API.
const DefaultEndpoint = "https://connect.getseam.com"

// ParseEndpoint checks that raw is an absolute http(s) URL with no query, fragment or user
// information. Plain http is allowed only to loopback hosts, so credentials never cross a
// network in clear. Its errors never quote what may hold a secret: a query, a fragment,
// user information, or text that does not parse.
func ParseEndpoint(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil || u.Scheme == "" || u.Host == "" {
		return nil, &EndpointError{Problem: "is not an absolute URL such as https://connect.getseam.com"}
	}
	shown := u.Scheme + "://" + u.Host + u.EscapedPath()
	switch {
	case u.User != nil:
		return nil, &EndpointError{Shown: shown, Problem: "must not contain user information (user:password@); pass credentials as provider arguments"}
	case strings.ContainsAny(raw, "?#"):
		// Even a bare ? or # would end up in every request's path.
		return nil, &EndpointError{Shown: shown, Problem: "must not have a query or a fragment; remove the ? or # and all that follows"}
	case u.Scheme != "https" && u.Scheme != "http":
		return nil, &EndpointError{Shown: shown, Problem: fmt.Sprintf("has scheme %q; use https", u.Scheme)}
	case u.Scheme == "http" && !IsLoopbackHost(u.Hostname()):
		return nil, &EndpointError{Shown: shown, Problem: "uses plain http to a host that is not loopback; use https so credentials are encrypted"}
	}
	u.Path = strings.TrimRight(u.Path, "/")
	u.RawPath = ""
	return u, nil
}

// IsLoopbackHost reports whether host is this machine: localhost or a loopback address.
func IsLoopbackHost(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// EndpointError says why an endpoint was refused. Shown is the endpoint's scheme, host and
// path, when it parsed: the parts that hold no secret.
type EndpointError struct {
	Shown   string
	Problem string
}

func (e *EndpointError) Error() string {
	if e.Shown == "" {
		return "the endpoint " + e.Problem
	}
	return fmt.Sprintf("the endpoint %s %s", e.Shown, e.Problem)
}
