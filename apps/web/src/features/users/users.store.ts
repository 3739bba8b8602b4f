import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { CreateUserRequest, UpdateUserRequest, User } from '@ses/api-types';
import { usersApi } from './users.api';

export const useUsersStore = defineStore('users', () => {
  const users = ref<User[]>([]);
  const loading = ref(false);
  const loaded = ref(false);

  async function load(): Promise<void> {
    loading.value = true;
    try {
      users.value = await usersApi.list();
      loaded.value = true;
    } finally {
      loading.value = false;
    }
  }

  async function create(body: CreateUserRequest): Promise<User> {
    const user = await usersApi.create(body);
    users.value = [...users.value, user];
    return user;
  }

  async function update(id: string, body: UpdateUserRequest): Promise<User> {
    const user = await usersApi.update(id, body);
    users.value = users.value.map((u) => (u.id === id ? user : u));
    return user;
  }

  async function remove(id: string): Promise<void> {
    await usersApi.remove(id);
    users.value = users.value.filter((u) => u.id !== id);
  }

  return { users, loading, loaded, load, create, update, remove };
});
