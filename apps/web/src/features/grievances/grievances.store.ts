import { defineStore } from 'pinia';
import { usePagedList } from '@/app/usePagedList';
import { type GrievanceBoardState, toApiQuery } from './grievance-query';
import { grievancesApi } from './grievances.api';

/** The grievance board: one page of reports at a time. */
export const useGrievancesStore = defineStore('grievances', () =>
  usePagedList((state: GrievanceBoardState, signal) => grievancesApi.list(toApiQuery(state), signal)),
);
