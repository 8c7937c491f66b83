import { describe, expect, it } from "vitest";
import { deliveryKvKeys, deliveryLane } from "../../src/federation/lanes.ts";

describe("queue lanes", () => {
  it("an outgoing delivery's lane is its receiving server (host and port)", () => {
    expect(deliveryLane({ type: "outbox", inbox: "https://mastodon.example/inbox" })).toBe("mastodon.example");
    expect(deliveryLane({ type: "outbox", inbox: "http://127.0.0.1:4001/users/a/inbox" })).toBe("127.0.0.1:4001");
    expect(deliveryLane({ type: "outbox", inbox: "not a url" })).toBeNull();
  });

  it("an incoming activity's lane is its actor, however the actor is written", () => {
    expect(deliveryLane({ type: "inbox", activity: { type: "Like", actor: "https://a.example/users/x" } })).toBe("from https://a.example/users/x");
    expect(deliveryLane({ type: "inbox", activity: { actor: { id: "https://a.example/users/y" } } })).toBe("from https://a.example/users/y");
    expect(deliveryLane({ type: "inbox", activity: { actor: [{ "@id": "https://a.example/users/z" }] } })).toBe("from https://a.example/users/z");
    expect(deliveryLane({ type: "inbox", activity: { type: "Create" } })).toBeNull();
  });

  it("fan-out messages and anything else run without a lane", () => {
    expect(deliveryLane({ type: "fanout", inboxes: {} })).toBeNull();
    expect(deliveryLane("text")).toBeNull();
    expect(deliveryLane(null)).toBeNull();
  });

  it("the KV keys read per delivery: one circuit-breaker key per host and one spec memo per origin, outbox only", () => {
    const keys = deliveryKvKeys([
      { type: "outbox", inbox: "https://m.example/inbox" },
      { type: "outbox", inbox: "https://m.example/users/b/inbox" },
      { type: "inbox", activity: { actor: "https://m.example/users/c" } },
    ]);
    expect(keys).toEqual([
      ["_fedify", "circuit", "m.example"],
      ["_fedify", "httpMessageSignaturesSpec", "https://m.example"],
    ]);
  });
});
