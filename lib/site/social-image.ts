/** Social preview images: real .png files, 1200×630, rendered at build time. */
export const SOCIAL_IMAGE_SIZE = { width: 1200, height: 630 } as const;

export const socialImagePath = {
  site: "/social.png",
  municipality: (slug: string) => `/gemeenten/${slug}/social.png`,
  theme: (id: string) => `/themas/${id}/social.png`,
  example: (municipalitySlug: string, exampleId: string) => `/voorbeelden/${municipalitySlug}/${exampleId}/social.png`,
} as const;
