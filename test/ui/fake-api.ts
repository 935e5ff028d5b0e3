// A fake Api for component tests: answers the methods a test gives, records every call, fails on the others, and
// sends events the test pushes to whoever listens.
import type { Api, EventName, EventOf, MethodName, RequestOf, ResultOf } from '../../shared/api.ts';

type Answers = { [M in MethodName]?: (request: RequestOf<M>) => ResultOf<M> | Promise<ResultOf<M>> };

export function fakeApi(answers: Answers): {
  api: Api;
  calls: Array<{ method: MethodName; request: unknown }>;
  emit: <E extends EventName>(event: E, payload: EventOf<E>) => void;
} {
  const calls: Array<{ method: MethodName; request: unknown }> = [];
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const api = new Proxy({} as Api, {
    get(_, name: string) {
      if (name === 'on') {
        return (event: EventName, listener: (payload: unknown) => void) => {
          const set = listeners.get(event) ?? new Set();
          set.add(listener);
          listeners.set(event, set);
          return () => set.delete(listener);
        };
      }
      return async (request: unknown) => {
        calls.push({ method: name as MethodName, request });
        const answer = (answers as Record<string, ((r: unknown) => unknown) | undefined>)[name];
        if (!answer) throw new Error(`fake api: no answer for ${name}`);
        return answer(request);
      };
    },
  });
  const emit = <E extends EventName>(event: E, payload: EventOf<E>) => {
    for (const listener of listeners.get(event) ?? []) listener(payload);
  };
  return { api, calls, emit };
}
