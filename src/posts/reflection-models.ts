export interface ReflectionModel {
  id: string;
  name: string;
  description: string;
  /** Section headings the editor offers, in order. */
  sections: { heading: string; prompt: string }[];
}

export const reflectionModels: readonly ReflectionModel[] = [
  { id: "free", name: "Free-form", description: "No fixed structure.", sections: [] },
  {
    id: "gibbs",
    name: "Gibbs' reflective cycle",
    description: "Six stages (Gibbs, 1988).",
    sections: [
      { heading: "Description", prompt: "What happened? Keep the patient anonymous: no names, dates or places." },
      { heading: "Feelings", prompt: "What were you thinking and feeling?" },
      { heading: "Evaluation", prompt: "What was good and bad about the experience?" },
      { heading: "Analysis", prompt: "What sense can you make of the situation?" },
      { heading: "Conclusion", prompt: "What else could you have done?" },
      { heading: "Action plan", prompt: "If it arose again, what would you do?" },
    ],
  },
  {
    id: "what-so-what-now-what",
    name: "What? So what? Now what?",
    description: "Rolfe, Freshwater and Jasper (2001).",
    sections: [
      { heading: "What?", prompt: "Describe the event." },
      { heading: "So what?", prompt: "Why does it matter? What did you learn?" },
      { heading: "Now what?", prompt: "What will you do differently?" },
    ],
  },
];

export const reflectionModelIds = reflectionModels.map((m) => m.id);

export function findReflectionModel(id: string): ReflectionModel | undefined {
  return reflectionModels.find((m) => m.id === id);
}

/** A Markdown skeleton with the model's sections as headings and their prompts as guidance. */
export function reflectionTemplate(id: string): string {
  const model = findReflectionModel(id);
  if (model === undefined || model.sections.length === 0) return "";
  return model.sections.map((s) => `## ${s.heading}\n\n_${s.prompt}_\n`).join("\n");
}
