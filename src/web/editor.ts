import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { ConsentBasis, User, Visibility } from "../db/schema.ts";
import { contentOfVersion } from "../posts/content.ts";
import { type ConsentInput, PostInputError, type PostInput, consentBases, limits, parseTagList, visibilities } from "../posts/input.ts";
import { renderMarkdown } from "../posts/markdown.ts";
import { reflectionModels, reflectionTemplate } from "../posts/reflection-models.ts";
import { authorNames, findOwnPost, listOwnPosts, listVersions, type OwnPost } from "../posts/service.ts";
import { postPath } from "../posts/urls.ts";
import { privacyReport } from "../privacy/explain.ts";
import { latestReviewOfPost } from "../privacy/review.ts";
import { deliveriesOfPost } from "../federation/service.ts";
import { readSettings, reviewRequired } from "../instance/settings.ts";
import { notFound } from "./errors.ts";
import { signedInOrRedirect } from "./guards.ts";

interface EditorForm {
  title: string;
  summary?: string;
  body?: string;
  tags?: string;
  language?: string;
  visibility: Visibility;
  reflection: string;
  consent_basis?: ConsentBasis | "";
  consent_reference?: string;
  feedback_requested?: string;
  action: "save" | "publish" | "preview" | "template";
}

const editorSchema = {
  type: "object",
  required: ["title", "visibility", "reflection", "action", "_csrf"],
  properties: {
    title: { type: "string", maxLength: limits.title },
    summary: { type: "string", maxLength: limits.summary },
    body: { type: "string", maxLength: limits.body },
    tags: { type: "string", maxLength: 600 },
    language: { type: "string", maxLength: 20 },
    visibility: { type: "string", enum: visibilities },
    reflection: { type: "string", enum: reflectionModels.map((m) => m.id) },
    consent_basis: { type: "string", enum: ["", ...consentBases] },
    consent_reference: { type: "string", maxLength: limits.reference },
    feedback_requested: { type: "string" },
    action: { type: "string", enum: ["save", "publish", "preview", "template"] },
    _csrf: { type: "string" },
  },
} as const;

const stateLabels: Record<string, string> = {
  draft: "Draft",
  held: "Held by the privacy check",
  published: "Published",
};

function formFromPost(own: OwnPost): EditorForm & { consent_basis: string } {
  const content = contentOfVersion(own.version);
  return {
    title: content.title,
    summary: content.summary,
    body: content.body,
    tags: content.tags.join(", "),
    language: content.language,
    visibility: own.post.visibility,
    reflection: content.reflectionModel,
    consent_basis: own.consent?.basis ?? "",
    consent_reference: own.consent?.reference ?? "",
    feedback_requested: own.post.feedback_requested ? "on" : undefined,
    action: "save",
  };
}

function inputFromForm(form: EditorForm): PostInput {
  const consent: ConsentInput | undefined =
    form.consent_basis ? { basis: form.consent_basis, reference: form.consent_reference?.trim() || undefined } : undefined;
  return {
    title: form.title,
    summary: form.summary ?? "",
    body: form.body ?? "",
    tags: parseTagList(form.tags ?? ""),
    language: form.language?.trim() || "en",
    visibility: form.visibility,
    reflection: form.reflection,
    consent,
    feedbackRequested: form.feedback_requested === "on",
  };
}

export async function editorRoutes(app: FastifyInstance): Promise<void> {
  const { db, posts } = app.rounds;

  async function showEditor(reply: FastifyReply, user: User, context: Record<string, unknown>) {
    const { reviewPolicy } = await readSettings(db);
    return reply.view("editor.njk", {
      reviewedBeforePublishing: reviewRequired(reviewPolicy, user.role),
      title: context.postId ? "Edit post" : "New post",
      models: reflectionModels,
      visibilities,
      consentBases,
      limits,
      author: user,
      ...context,
    });
  }

  /** Preview and "insert sections" never save: they show the form again. */
  function previewContext(form: EditorForm, user: User) {
    const input = inputFromForm(form);
    try {
      const report = privacyReport({
        title: input.title, summary: input.summary ?? "", body: input.body, tags: input.tags ?? [],
        language: input.language ?? "en", reflectionModel: input.reflection ?? "free",
      }, authorNames(user));
      return { preview: { html: renderMarkdown(input.body), title: input.title, summary: input.summary }, report };
    } catch (error) {
      if (error instanceof PostInputError) return { error: error.message };
      throw error;
    }
  }

  app.get("/dashboard", async (request, reply) => {
    const user = signedInOrRedirect(request, reply);
    if (!user) return reply;
    const mine = await listOwnPosts(db, user);
    return reply.view("dashboard.njk", {
      title: "Dashboard",
      posts: mine.map((p) => ({
        ...p,
        url: postPath(user.handle, p.id),
        stateLabel: stateLabels[p.state] ?? p.state,
        editHeld: p.state === "held" && p.cleared_version_id !== null,
      })),
    });
  });

  app.get<{ Querystring: { reflection?: string } }>("/posts/new", {
    schema: { querystring: { type: "object", properties: { reflection: { type: "string", enum: reflectionModels.map((m) => m.id) } } } },
  }, async (request, reply) => {
    const user = signedInOrRedirect(request, reply);
    if (!user) return reply;
    const settings = await readSettings(db);
    const reflection = request.query.reflection ?? "free";
    return showEditor(reply, user, {
      action: "/posts",
      form: { title: "", summary: "", body: reflectionTemplate(reflection), tags: "", language: "en", visibility: settings.defaultVisibility, reflection, consent_basis: "" },
    });
  });

  async function handleForm(request: FastifyRequest<{ Body: EditorForm }>, reply: FastifyReply, user: User, postId: string | undefined) {
    const form = request.body;
    const action = postId ? `/posts/${postId}` : "/posts";
    if (form.action === "template") {
      const sections = reflectionTemplate(form.reflection);
      const body = (form.body ?? "").trim() === "" ? sections : `${form.body}\n\n${sections}`;
      return showEditor(reply, user, { action, postId, form: { ...form, body } });
    }
    if (form.action === "preview") {
      return showEditor(reply, user, { action, postId, form, ...previewContext(form, user) });
    }
    const input = inputFromForm(form);
    try {
      const saved = postId
        ? await posts.update(user, postId, input)
        : await posts.create(user, { ...input, publish: false });
      const id = saved.post.id;
      if (form.action === "publish") {
        const published = await posts.publish(user, id);
        if (published.verdict.outcome === "cleared") return reply.redirect(postPath(user.handle, id), 303);
      }
      return reply.redirect(`/posts/${id}/edit`, 303);
    } catch (error) {
      if (!(error instanceof PostInputError)) throw error;
      if (error.status === 404) throw notFound(error.message);
      reply.status(error.status);
      return showEditor(reply, user, { action, postId, form, error: error.message });
    }
  }

  app.post<{ Body: EditorForm }>("/posts", { schema: { body: editorSchema } }, async (request, reply) => {
    const user = signedInOrRedirect(request, reply);
    if (!user) return reply;
    return handleForm(request, reply, user, undefined);
  });

  app.get<{ Params: { id: string } }>("/posts/:id/edit", async (request, reply) => {
    const user = signedInOrRedirect(request, reply);
    if (!user) return reply;
    const own = await findOwnPost(db, user, request.params.id);
    if (own === undefined) throw notFound("You have no post with this address.");
    const content = contentOfVersion(own.version);
    const report = own.post.state === "held" ? privacyReport(content, authorNames(user)) : undefined;
    return showEditor(reply, user, {
      action: `/posts/${own.post.id}`,
      postId: own.post.id,
      form: formFromPost(own),
      state: own.post.state,
      stateLabel: own.post.state === "held" && report !== undefined && report.findings.length === 0
        ? "Waiting for a faculty reviewer: this institution has a person read posts like this before they are published"
        : (stateLabels[own.post.state] ?? own.post.state),
      publicUrl: own.post.cleared_version_id ? postPath(user.handle, own.post.id) : undefined,
      report,
      consent: own.consent,
      review: await latestReviewOfPost(db, own.post.id),
      deliveries: await deliveriesOfPost(db, own.post.id),
      versions: await listVersions(db, own.post.id),
    });
  });

  app.post<{ Params: { id: string }; Body: EditorForm }>("/posts/:id", { schema: { body: editorSchema } }, async (request, reply) => {
    const user = signedInOrRedirect(request, reply);
    if (!user) return reply;
    return handleForm(request, reply, user, request.params.id);
  });

  app.get<{ Params: { id: string } }>("/posts/:id/delete", async (request, reply) => {
    const user = signedInOrRedirect(request, reply);
    if (!user) return reply;
    const own = await findOwnPost(db, user, request.params.id);
    if (own === undefined) throw notFound("You have no post with this address.");
    return reply.view("delete.njk", { title: "Delete post", post: { id: own.post.id, title: own.version.title } });
  });

  app.post<{ Params: { id: string } }>("/posts/:id/delete", async (request, reply) => {
    const user = signedInOrRedirect(request, reply);
    if (!user) return reply;
    try {
      await posts.remove(user, request.params.id);
    } catch (error) {
      if (error instanceof PostInputError && error.status === 404) throw notFound(error.message);
      throw error;
    }
    return reply.redirect("/dashboard", 303);
  });
}
