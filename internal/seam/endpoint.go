package seam

import (
	"fmt"
	"net"
	"net/url"
	"strings"
)

// DefaultEndpoint is Seam's production API.
const DefaultEndpoint = "https://connect.getseam.com"

// ParseEndpoint checks that raw is an absolute http(s) URL with no query or fragment.
// Plain http is allowed only to loopback hosts, so credentials never cross a network in clear.
func ParseEndpoint(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil || u.Scheme == "" || u.Host == "" {
		return nil, &EndpointError{Endpoint: raw, Problem: "is not an absolute URL such as https://connect.getseam.com"}
	}
	switch {
	case u.Scheme != "https" && u.Scheme != "http":
		return nil, &EndpointError{Endpoint: raw, Problem: fmt.Sprintf("has scheme %q; use https", u.Scheme)}
	case u.Scheme == "http" && !isLoopback(u.Hostname()):
		return nil, &EndpointError{Endpoint: raw, Problem: "uses plain http to a host that is not loopback; use https so credentials are encrypted"}
	case u.User != nil:
		return nil, &EndpointError{Endpoint: "(a URL with user information)", Problem: "must not contain user information; pass credentials as provider arguments"}
	case u.RawQuery != "" || u.Fragment != "":
		return nil, &EndpointError{Endpoint: raw, Problem: "must not have a query or a fragment"}
	}
	u.Path = strings.TrimRight(u.Path, "/")
	u.RawPath = ""
	return u, nil
}

func isLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// EndpointError says why an endpoint was refused.
type EndpointError struct {
	Endpoint string
	Problem  string
}

func (e *EndpointError) Error() string {
	return fmt.Sprintf("the endpoint %q %s", e.Endpoint, e.Problem)
}
