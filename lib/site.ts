/** Site-wide names, used by the layout, metadata and the README screenshot. */
export const site = {
  name: 'Line Rate',
  tagline: 'An explorable explanation of user-space network stacks on Linux',
  description:
    'How packets travel through the Linux kernel, why a stock kernel cannot keep up with 10 GbE at small frames, and how kernel-bypass stacks reach line rate. Change the parameters and watch.',
} as const;
