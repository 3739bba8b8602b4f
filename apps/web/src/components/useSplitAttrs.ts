import { computed, useAttrs } from 'vue';

/**
 * For field components with `inheritAttrs: false`: `class` and `style` go on the outer
 * wrapper (layout), everything else (`autocomplete`, `aria-*`, listeners) on the control.
 */
export function useSplitAttrs() {
  const attrs = useAttrs();
  const outer = computed(() => ({ class: attrs.class, style: attrs.style }));
  const inner = computed(() => {
    const { class: _c, style: _s, ...rest } = attrs;
    return rest;
  });
  return { outer, inner };
}
