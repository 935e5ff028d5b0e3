// A fake Api for component tests: answers the methods a test gives, records every call, fails on the others.
import type { Api, MethodName, RequestOf, ResultOf } from '../../shared/api.ts';

type Answers = { [M in MethodName]?: (request: RequestOf<M>) => ResultOf<M> | Promise<ResultOf<M>> };

export function fakeApi(answers: Answers): { api: Api; calls: Array<{ method: MethodName; request: unknown }> } {
  const calls: Array<{ method: MethodName; request: unknown }> = [];
  const api = new Proxy({} as Api, {
    get(_, name: string) {
      if (name === 'on') return () => () => {};
      return async (request: unknown) => {
        calls.push({ method: name as MethodName, request });
        const answer = (answers as Record<string, ((r: unknown) => unknown) | undefined>)[name];
        if (!answer) throw new Error(`fake api: no answer for ${name}`);
        return answer(request);
      };
    },
  });
  return { api, calls };
}
